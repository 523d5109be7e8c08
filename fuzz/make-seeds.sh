#!/bin/sh
# Builds the per-target seed folders for the fuzzers in <build-dir>/fuzz-seeds/<target>/ from
# the fixtures in ../shared/fixtures (read-only; never copied into the repository) and the
# small hand-written seeds in fuzz/corpus/<target>/. Usage: fuzz/make-seeds.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
build=${1:-$root/build-fuzz}
shared=${APKDESK_SHARED_DIR:-$(cd "$root/.." && pwd)/shared}
fixtures=$shared/fixtures
[ -d "$fixtures" ] || { echo "make-seeds.sh: no fixtures at $fixtures (set APKDESK_SHARED_DIR)" >&2; exit 2; }
# Built aside and swapped in, so a fuzzer still reading the old folders is not disturbed.
final=$build/fuzz-seeds
seeds=$build/fuzz-seeds.new.$$
rm -rf "$seeds"
for t in versions index archive package pkginfo apkbuild keys listing jwt; do
    mkdir -p "$seeds/$t"
    if [ -d "$here/corpus/$t" ]; then cp "$here/corpus/$t"/* "$seeds/$t/" 2>/dev/null || true; fi
done

# Copies $2... into seed folder $1, named after their path below the fixtures.
put() {
    t=$1; shift
    for f in "$@"; do
        [ -f "$f" ] || continue
        cp "$f" "$seeds/$t/$(echo "${f#"$fixtures"/}" | tr '/' '_')"
    done
}

# versions: "a\nb\n" pairs from versions.tsv (header skipped).
n=0
tail -n +2 "$fixtures/versions.tsv" | while IFS="$(printf '\t')" read -r a b _rest; do
    n=$((n + 1))
    printf '%s\n%s\nso:libc.musl-x86_64.so.1 %s>=%s\n' "$a" "$b" "x" "$a" >"$seeds/versions/tsv-$n"
done

put index "$fixtures"/index-v2/APKINDEX "$fixtures"/index-v2/*.tar.gz "$fixtures"/index-v2/variants/*
put package "$fixtures"/pkgs-v2/*.apk "$fixtures"/pkgs-v2/variants/*
put archive "$fixtures"/pkgs-v2/*.apk "$fixtures"/index-v2/APKINDEX.tar.gz
put apkbuild "$fixtures"/apkbuild/*/APKBUILD* "$fixtures"/aports/*/APKBUILD
put keys "$fixtures"/keys/*.rsa "$fixtures"/keys/*.rsa.pub

trap 'rm -rf "$seeds"' EXIT
for apk in "$fixtures"/pkgs-v2/*.apk; do
    base=$(basename "$apk" .apk)
    # Raw (concatenated) tars for the tar parser, and each package's .PKGINFO.
    gzip -dc "$apk" >"$seeds/archive/$base.tar" 2>/dev/null || true
    tar -xzOf "$apk" --ignore-zeros .PKGINFO >"$seeds/pkginfo/$base.PKGINFO" 2>/dev/null || true
    [ -s "$seeds/pkginfo/$base.PKGINFO" ] || rm -f "$seeds/pkginfo/$base.PKGINFO"
done
gzip -dc "$fixtures/index-v2/APKINDEX.tar.gz" >"$seeds/archive/APKINDEX.tar" 2>/dev/null || true

# Keys in the other forms fromPem accepts: encrypted PKCS#8 (passphrase "fuzz", as the target
# tries), traditional PKCS#1, RSA PUBLIC KEY.
if command -v openssl >/dev/null; then
    for key in "$fixtures"/keys/*.rsa; do
        base=$(basename "$key" .rsa)
        openssl pkcs8 -topk8 -v2 aes-256-cbc -passout pass:fuzz -in "$key" \
            -out "$seeds/keys/$base.enc.pem" 2>/dev/null || true
        openssl rsa -traditional -in "$key" -out "$seeds/keys/$base.pkcs1.pem" 2>/dev/null || true
        openssl rsa -in "$key" -RSAPublicKey_out -out "$seeds/keys/$base.rsapub.pem" 2>/dev/null || true
    done
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$seeds/keys/ec.pem" 2>/dev/null || true
fi

for t in versions index archive package pkginfo apkbuild keys listing jwt; do
    printf '%-9s %4d seeds\n' "$t" "$(find "$seeds/$t" -type f | wc -l)"
done
rm -rf "$final.old.$$"
[ -d "$final" ] && mv "$final" "$final.old.$$"
mv "$seeds" "$final"
rm -rf "$final.old.$$"
