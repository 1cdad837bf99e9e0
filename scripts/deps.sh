#!/usr/bin/env bash
# Installs the Debian 12 packages Site Studio needs to build, test and run (only what is missing).
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qt6-webengine-dev qt6-webchannel-dev qt6-tools-dev qt6-l10n-tools
  libcmark-gfm-dev libcmark-gfm-extensions-dev libsodium-dev
  python3 python3-html5lib python3-croniter postgresql nginx chromium
  libsqlite3-dev dpkg-dev debootstrap lintian desktop-file-utils appstream librsvg2-bin
  strace curl systemd man-db
)
if [[ "${1:-}" == "--bench" ]]; then
  packages+=(hugo wrk)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  echo "==> Installing: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
