# cmake -DCLI=apkdesk-cli -DPACKAGES=<src>/packages -DREPO=<out> -DKEYDIR=<keys> -P MakeSampleRepo.cmake
# Runs only apkdesk-cli: key generate (no passphrase), package create --key, index build --sign.
cmake_minimum_required(VERSION 3.25)
foreach(var CLI PACKAGES REPO KEYDIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "MakeSampleRepo.cmake needs -D${var}=...")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}${err}")
    endif()
endfunction()

# A fixed build time keeps the packages reproducible.
set(_builddate 1735689600)
set(ENV{PACKAGER} "Apkdesk Sample <sample@apkdesk.invalid>")

file(GLOB _keys "${KEYDIR}/*.rsa")
if(NOT _keys)
    file(MAKE_DIRECTORY "${KEYDIR}")
    run("${CLI}" key generate --name apkdesk-sample --bits 2048 --dir "${KEYDIR}")
    file(GLOB _keys "${KEYDIR}/*.rsa")
endif()
list(GET _keys 0 _key)
get_filename_component(_keyname "${_key}" NAME)

set(_arch_dir "${REPO}/edge/main/x86_64")
set(_staging "${REPO}/.staging")
file(REMOVE_RECURSE "${_staging}")
file(MAKE_DIRECTORY "${_staging}")

file(GLOB _packages LIST_DIRECTORIES true "${PACKAGES}/*")
list(SORT _packages)
foreach(_dir ${_packages})
    if(NOT EXISTS "${_dir}/package.cmake")
        continue()
    endif()
    foreach(v NAME VERSION ARCH DESCRIPTION URL LICENSE ORIGIN DEPENDS PROVIDES INSTALL_IF PROVIDER_PRIORITY SCRIPTS)
        unset(PKG_${v})
    endforeach()
    include("${_dir}/package.cmake")
    set(_args package create "${_dir}/root" --name "${PKG_NAME}" --version "${PKG_VERSION}"
        --arch "${PKG_ARCH}" --description "${PKG_DESCRIPTION}" --url "${PKG_URL}" --license "${PKG_LICENSE}"
        --origin "${PKG_ORIGIN}" --maintainer "Apkdesk Sample <sample@apkdesk.invalid>"
        --builddate ${_builddate} --key "${_key}"
        -o "${_staging}/${PKG_NAME}-${PKG_VERSION}.apk")
    foreach(v DEPENDS PROVIDES INSTALL_IF)
        if(PKG_${v})
            string(TOLOWER "${v}" _opt)
            string(REPLACE "_" "-" _opt "${_opt}")
            list(APPEND _args "--${_opt}" "${PKG_${v}}")
        endif()
    endforeach()
    if(PKG_PROVIDER_PRIORITY)
        list(APPEND _args --provider-priority ${PKG_PROVIDER_PRIORITY})
    endif()
    foreach(_script ${PKG_SCRIPTS})
        list(APPEND _args --script "${_script}=${_dir}/scripts/${_script}")
    endforeach()
    run("${CLI}" ${_args})
endforeach()

run("${CLI}" index build "${_staging}" -o "${_staging}/APKINDEX.tar.gz" --sign "${_key}"
    --description "Apkdesk sample repository" --rewrite-arch x86_64)

# Swap the finished repository in; the public key is the only one trusted for the sample.
file(REMOVE_RECURSE "${_arch_dir}" "${REPO}/keys")
file(MAKE_DIRECTORY "${REPO}/edge/main" "${REPO}/keys")
file(RENAME "${_staging}" "${_arch_dir}")
file(COPY "${_key}.pub" DESTINATION "${REPO}/keys")
message(STATUS "Sample repository: ${_arch_dir} (key ${_keyname}.pub)")
