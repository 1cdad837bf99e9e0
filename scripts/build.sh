#!/usr/bin/env bash
# Configures and builds into ./build (Ninja). Warnings are errors when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
[[ "${CI:-}" == "true" ]] && werror=ON
if [[ ! -f build/build.ninja ]]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSS_WERROR=$werror
fi
cmake --build build -j "${SS_JOBS:-2}" "$@"
