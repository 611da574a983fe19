#!/usr/bin/env bash
# Builds the app and serves it locally with reload on change.
# Usage: scripts/serve.sh [--release]   (PORT=8080 by default)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust
"$ROOT/scripts/setup.sh" --no-browser
PORT="${PORT:-8080}"
say "Serving Leader-Leader at http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
exec trunk serve --port "$PORT" "$@"
