#!/bin/sh
# Runs a command against a REAL Secret Service on a private session bus:
#   tests/scripts/with-secret-service.sh <command> [args...]
# Starts dbus-run-session, unlocks a throwaway gnome-keyring (its data lives in a temporary
# XDG_DATA_HOME/HOME so the user's keyring is never touched) and runs the command inside.
# The exit status is the command's.
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi

if [ "${APKDESK_IN_SECRET_SESSION:-}" != 1 ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$0: $tool is not installed" >&2
            exit 77
        fi
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/apkdesk-keyring.XXXXXX")
    trap 'rm -rf "$scratch"' EXIT INT TERM
    mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/runtime"
    chmod 700 "$scratch/runtime"
    APKDESK_IN_SECRET_SESSION=1 HOME="$scratch/home" XDG_DATA_HOME="$scratch/data" \
        XDG_CONFIG_HOME="$scratch/config" XDG_RUNTIME_DIR="$scratch/runtime" \
        dbus-run-session -- "$0" "$@"
    exit $?
fi

# Inside the private bus: start the keyring, unlocked with a throwaway password.
eval "$(printf 'test' | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
export GNOME_KEYRING_CONTROL 2>/dev/null || true
status=0
"$@" || status=$?
if [ -n "${GNOME_KEYRING_PID:-}" ]; then
    kill "$GNOME_KEYRING_PID" 2>/dev/null || true
fi
exit $status
