#!/usr/bin/env bash
# Installs Debian's chromium when it is missing: test tools cannot download their own browser
# on these machines (no internet but the npm registry and Debian packages).
set -euo pipefail
chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$chrome" ]; then exit 0; fi
echo "Chromium not found at $chrome; installing Debian's chromium package..."
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "Installed $($chrome --version 2>/dev/null | tail -1)"
