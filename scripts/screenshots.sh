#!/usr/bin/env bash
# Regenerates docs/screenshots/: the site manager, the new-site wizard's steps and the editor in
# three viewports, from a throw-away cache holding the demo site. Look at them before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh --target sitestudio-cli sitestudio
cli=./build/app/sitestudio-cli
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$cli" --data-dir "$tmp" sites create "Demo Bakery" --theme studio --type store >/dev/null
"$cli" --data-dir "$tmp" import-puck resources/demo/puck-demo-home.json --site "Demo Bakery" \
  --page /puck-demo >/dev/null 2>&1
"$cli" --data-dir "$tmp" block set --all-sites --type Hero --page / --prop title \
  --value '"Fresh bread, baked at dawn"' >/dev/null
"$cli" --data-dir "$tmp" sites create "Harbor Cafe" --theme harbor --type restaurant >/dev/null
export QT_QPA_PLATFORM=offscreen
if [[ $(id -u) -eq 0 ]]; then export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"; fi
./build/app/sitestudio --data-dir "$tmp" --screenshots docs/screenshots 2>/dev/null
ls -1 docs/screenshots
