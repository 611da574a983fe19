#!/usr/bin/env bash
# Builds the app and serves it locally with reload on change.
# Usage: scripts/serve.sh [--release]   (PORT=8080 by default)
# LEADER_LANG=de serves the German build (one language at a time, at the
# root); scripts/build.sh builds the whole site with every language.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust
"$ROOT/scripts/setup.sh" --no-browser
PORT="${PORT:-8080}"
say "Serving Leader-Leader at http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
export LEADER_LANG="${LEADER_LANG:-en}"
features=()
if [ "$LEADER_LANG" != en ]; then
  [ -d "$ROOT/content/$LEADER_LANG" ] || { echo "No content/$LEADER_LANG folder: the languages are $(ls "$ROOT/content" | grep -E '^..$' | tr '\n' ' ')" >&2; exit 1; }
  features=(--features "lang-$LEADER_LANG")
fi
exec trunk serve --port "$PORT" "${features[@]}" "$@"
