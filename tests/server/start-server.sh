#!/bin/sh
# CTest FIXTURES_SETUP of `repo_server`: copies the fixture repository, starts
# apkdesk-testserver in the background and waits for its port file.
#   start-server.sh SERVER_BINARY STATE_DIR SHARED_FIXTURES_DIR
set -eu
server=$1 state=$2 fixtures=$3
sh "$(dirname "$0")/stop-server.sh" "$state" || true
rm -rf "$state"
mkdir -p "$state/root/v3.21/main/x86_64"
cp "$fixtures/index-v2/APKINDEX.tar.gz" "$state/root/v3.21/main/x86_64/"
for f in "$fixtures"/pkgs-v2/*.apk; do cp "$f" "$state/root/v3.21/main/x86_64/"; done
chmod -R u+w "$state/root"
nohup "$server" --root "$state/root" --port-file "$state/port" >"$state/server.log" 2>&1 &
echo $! >"$state/pid"
i=0
while [ ! -s "$state/port" ]; do
    i=$((i + 1))
    if [ $i -gt 200 ]; then
        echo "apkdesk-testserver did not start:" >&2
        cat "$state/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
echo "apkdesk-testserver on port $(cat "$state/port") (pid $(cat "$state/pid"))"
