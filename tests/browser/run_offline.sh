#!/usr/bin/env bash
# Run the browser suite with the network cut off: a new network namespace with only loopback up, so the
# servers, the kernels and Chromium can reach 127.0.0.1 and nothing else. Needs root (or unprivileged
# user namespaces). Uses $PYTHON (default python3). Extra arguments go to pytest, e.g.
#   bash tests/browser/run_offline.sh -k lessons
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "$(id -u)" -eq 0 ]; then
    UNSHARE=(unshare --net)
else
    UNSHARE=(unshare --net --map-root-user)
fi

exec "${UNSHARE[@]}" bash -c '
    set -euo pipefail
    ip link set lo up
    if [ -n "$(ip route show default)" ] || ip -o link show up | grep -qv " lo:"; then
        echo "run_offline: a route or interface other than loopback is up; refusing to call this offline" >&2
        exit 1
    fi
    echo "run_offline: network namespace with loopback only; outside hosts unreachable"
    exec "${PYTHON:-python3}" -m pytest tests/browser "$@"
' run_offline "$@"
