# Build settings shared by every Apkdesk target, carried by one INTERFACE target
# instead of directory-wide flags.
add_library(apkdesk_common_config INTERFACE)
target_compile_definitions(apkdesk_common_config INTERFACE
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    APKDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(apkdesk_common_config INTERFACE -Wall -Wextra -Wpedantic)
if(APKDESK_WERROR)
    target_compile_options(apkdesk_common_config INTERFACE -Werror)
endif()
if(APKDESK_SANITIZE)
    target_compile_options(apkdesk_common_config INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(apkdesk_common_config INTERFACE -fsanitize=address,undefined)
endif()

# Adds a Qt Test executable from tests/<domain>/tst_<name>.cpp and registers it with CTest.
# GUI tests run on the offscreen platform; every test gets an isolated HOME and config.
function(apkdesk_add_test source)
    cmake_parse_arguments(ARG "GUI" "" "LIBS;LABELS;FIXTURES;ENVIRONMENT" ${ARGN})
    get_filename_component(name "${source}" NAME_WE)
    add_executable(${name} "${source}")
    target_link_libraries(${name} PRIVATE apkdesk_core apkdesk_common_config apkdesk_test_support
                          Qt6::Test ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE apkdesk_ui Qt6::Widgets)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(env
        "APKDESK_SHARED_DIR=${APKDESK_SHARED_DIR}"
        "APKDESK_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
        "APKDESK_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "QT_QPA_PLATFORM=offscreen"
        "ASAN_OPTIONS=detect_leaks=0"
        ${ARG_ENVIRONMENT})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
    if(ARG_FIXTURES)
        set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
