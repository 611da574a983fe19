#!/usr/bin/env bash
# Builds the release site into a folder, for the given sub-path.
# Usage: scripts/build.sh [DIST]   (PUBLIC_URL=/leader-leader/ by default)
# The end-to-end tests and the GitHub Pages deployment both build with this.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust
DIST="${1:-dist}"
"$ROOT/scripts/setup.sh" --no-browser
say "Release build under $PUBLIC_URL into $DIST"
trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST"
