#!/usr/bin/env bash
# Browser tests drive the system Chromium (Debian package `chromium`) through playwright-core;
# tools that download their own browser do not work on our machines.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing the Debian package 'chromium' for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $CHROMIUM: install the Debian package 'chromium' (sudo apt-get install chromium)." >&2
exit 1
