#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/browser), unless it is already there.
# Playwright drives this system Chromium: `playwright install` cannot download a browser here.
# Idempotent: does nothing when /usr/bin/chromium exists.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null) already installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium
echo "install-browser: $(/usr/bin/chromium --version 2>/dev/null) installed"
