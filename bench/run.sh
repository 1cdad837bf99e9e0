#!/usr/bin/env bash
# Builds and runs the benchmarks and prints their figures (not a pass/fail test).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh --bench
./scripts/build.sh --target bench_render bench_document bench_cache
# Both renderers write their output under $TMPDIR. By default that is a tmpfs, so the figures
# measure the renderers rather than this machine's disk (on the CI VMs' ext4 disk, creating
# 10,000 files and folders costs more than rendering them, for both tools, and varies run to run).
# SS_BENCH_TMP=/some/disk/dir measures with the disk.
export TMPDIR=${SS_BENCH_TMP:-/dev/shm}
echo "== render throughput vs Hugo (5,000 pages x 20 blocks, output under $TMPDIR)"
./build/bench/bench_render --pages "${SS_BENCH_PAGES:-5000}" --hugo "$(command -v hugo)"
echo
echo "== document operations on a 5,000-block page"
./build/bench/bench_document
echo
echo "== editor on a 5,000-block page (outline, inspector, QtWebEngine preview)"
./scripts/build.sh --target bench_editor
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"; fi
QT_QPA_PLATFORM=offscreen ./build/bench/bench_editor 2>/dev/null
echo
echo "== desktop app cold start with 2,000 sites"
./scripts/build.sh --target bench_startup sitestudio
QT_QPA_PLATFORM=offscreen ./build/bench/bench_startup ./build/app/sitestudio 2000 2>/dev/null
echo
echo "== cache"
./build/bench/bench_cache
echo
echo "== sitehostd: public pages vs nginx, publish latency, change feed"
./scripts/build.sh --target sitehostd
SS_SITEHOSTD=./build/app/sitehostd /usr/bin/python3 bench/server_bench.py
echo
echo "== sync"
./scripts/build.sh --target bench_sync sitestudio-cli
./build/bench/bench_sync ./build/app/sitehostd
SS_SITEHOSTD=./build/app/sitehostd SS_CLI=./build/app/sitestudio-cli /usr/bin/python3 bench/sync_bench.py
echo
echo "== cron: nextAfter computations per second"
./scripts/build.sh --target bench_cron
./build/bench/bench_cron
echo
echo "== rules: compile 10,000 rules, match one event against them"
./scripts/build.sh --target bench_rules
./build/bench/bench_rules
