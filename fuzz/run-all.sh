#!/bin/sh
# Builds the libFuzzer targets (clang, ASan + UBSan, build dir build-fuzz), seeds them from
# ../shared/fixtures and runs each for N seconds (default 120), at the lowest CPU priority.
# Usage: fuzz/run-all.sh [seconds-per-target] [target...]   (targets without the fuzz_ prefix)
# Prints one summary line per target; exits 1 when any target found a crash, hang, leak or
# sanitizer report (reproducers in build-fuzz/fuzz-artifacts/<target>/), 2 on a build error.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${APKDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}
seconds=${1:-120}
[ $# -gt 0 ] && shift
targets=${*:-versions index archive package pkginfo apkbuild keys listing jwt}

# Largest input worth trying per target (a little above the biggest seed).
max_len() {
    case $1 in
        versions) echo 1024 ;;
        jwt) echo 4096 ;;
        keys) echo 8192 ;;
        pkginfo | apkbuild) echo 16384 ;;
        *) echo 65536 ;;
    esac
}

"$root/scripts/install-deps.sh" --fuzz

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ nice -n 19 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DAPKDESK_FUZZ=ON -DAPKDESK_SANITIZE=ON -DAPKDESK_BUILD_TESTS=OFF -DAPKDESK_BUILD_BENCH=OFF \
        >"$build.configure.log" 2>&1 || { cat "$build.configure.log"; exit 2; }
fi
build_targets=""
for t in $targets; do build_targets="$build_targets fuzz_$t"; done
# shellcheck disable=SC2086
nice -n 19 cmake --build "$build" --target $build_targets || exit 2
"$here/make-seeds.sh" "$build" >/dev/null || exit 2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"*=false"}
status=0
printf '%-9s %10s %8s %8s %8s  %s\n' target execs cov ft corpus findings
for t in $targets; do
    corpus=$build/fuzz-corpus/$t
    artifacts=$build/fuzz-artifacts/$t
    log=$build/fuzz-logs/$t.log
    mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
    before=$(find "$artifacts" -type f | wc -l)
    nice -n 19 "$build/bin/fuzz_$t" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
        -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "$build/fuzz-seeds/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    last=$(grep -E '#[0-9]+.*cov: ' "$log" | tail -1)
    cov=$(echo "$last" | sed -n 's/.*cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.*ft: \([0-9]*\).*/\1/p')
    units=$(echo "$last" | sed -n 's/.*corp: \([0-9]*\).*/\1/p')
    found=$(($(find "$artifacts" -type f | wc -l) - before))
    what="none"
    if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
        status=1
        what="$found new artifact(s), exit $rc: $(grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error|fuzz property violated' "$log" | cut -c1-120) (log $log)"
    fi
    printf '%-9s %10s %8s %8s %8s  %s\n' "$t" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${units:-?}" "$what"
done
exit $status
