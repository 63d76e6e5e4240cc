#!/usr/bin/env bash
# Sets up a fresh machine: npm packages from package-lock.json and, unless --no-browser,
# Debian's Chromium for the browser tests. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" != "--no-browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "Installerar Chromium (Debian-paketet) för webbläsartesterna / installing Debian's chromium for the browser tests" >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
