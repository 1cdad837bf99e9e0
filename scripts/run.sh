#!/usr/bin/env bash
# The run command: installs what is missing, builds, and starts Site Studio with a demo site.
# Until the desktop app lands this runs the command-line tool: it creates a demo site in the
# local cache (once), imports Puck's demo page into it, validates it and renders the static site.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
./scripts/build.sh --target sitestudio-cli

cli=./build/app/sitestudio-cli
data=${SS_DATA_DIR:-}
args=()
[[ -n "$data" ]] && args=(--data-dir "$data")
site="Demo Bakery"
out=${SS_DEMO_OUT:-$PWD/build/demo-site}

echo
if ! "$cli" "${args[@]}" sites list | grep -q "^$site "; then
  echo "==> Creating the demo site \"$site\" (theme studio)"
  "$cli" "${args[@]}" sites create "$site" --theme studio --type store
  echo "==> Importing Puck's demo home page as /puck-demo"
  "$cli" "${args[@]}" import-puck resources/demo/puck-demo-home.json --site "$site" --page /puck-demo
  echo "==> Changing the hero title of the home page (a bulk edit over every site with --all-sites)"
  "$cli" "${args[@]}" block set --all-sites --type Hero --page / --prop title --value '"Fresh bread, baked at dawn"'
fi
echo "==> Sites in the local cache"
"$cli" "${args[@]}" sites list
echo "==> Validating \"$site\""
"$cli" "${args[@]}" validate --site "$site" || true
echo "==> Rendering \"$site\""
"$cli" "${args[@]}" render --site "$site" -o "$out"
echo
echo "Done. Open file://$out/index.html in a browser, or serve it:"
echo "    python3 -m http.server --directory '$out' 8000   # then http://127.0.0.1:8000/"
echo "Try: $cli --help"
