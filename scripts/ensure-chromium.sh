#!/usr/bin/env sh
# Browser tests drive Debian's Chromium; Playwright's own browser download does not work here.
set -eu
if [ -x /usr/bin/chromium ] && dpkg -s fonts-liberation fonts-noto-cjk >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "The browser tests need Debian's chromium, fonts-liberation and fonts-noto-cjk: run as root, or install them with apt-get." >&2
  exit 1
fi
echo "Installing Debian's Chromium and fonts for the browser tests..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation fonts-noto-cjk >/dev/null
