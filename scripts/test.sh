#!/usr/bin/env bash
# The test command: installs what is missing, builds, checks formatting, runs every test (ctest).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh
echo "==> clang-format check"
git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror
echo "==> ctest"
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "${SS_JOBS:-2}" "$@"
