#!/bin/sh
# CTest FIXTURES_CLEANUP of `repo_server`: stops the server started by start-server.sh.
#   stop-server.sh STATE_DIR
set -u
state=$1
[ -f "$state/pid" ] || exit 0
pid=$(cat "$state/pid")
kill "$pid" 2>/dev/null || true
rm -f "$state/pid" "$state/port"
exit 0
