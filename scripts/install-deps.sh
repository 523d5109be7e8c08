#!/bin/sh
# Installs the Debian 12 packages Apkdesk needs to build, run and test, skipping those
# already installed. Everything comes from Debian's own archive.
#   scripts/install-deps.sh [--fuzz]
set -eu

PACKAGES="
cmake ninja-build g++ pkg-config ccache
qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
libqt6svg6 qt6-qpa-plugins libgl-dev libglx-dev
qtkeychain-qt6-dev libarchive-dev zlib1g-dev libssl-dev openssl libbenchmark-dev
fonts-dejavu-core xvfb xauth
dbus dbus-x11 gnome-keyring libsecret-tools
"

# The fuzz targets (fuzz/run-all.sh) need clang and its libFuzzer/sanitizer runtime.
if [ "${1:-}" = "--fuzz" ]; then
    PACKAGES="$PACKAGES clang libclang-rt-14-dev"
fi

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all Debian packages are present"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
echo "install-deps: installing:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
