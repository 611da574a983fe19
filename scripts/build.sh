#!/usr/bin/env bash
# Builds the release site into a folder, for the given sub-path.
# Usage: scripts/build.sh [DIST]   (PUBLIC_URL=/leader-leader/ by default)
# LANGUAGES="en de" builds only those languages (English is always built):
# quicker while working on one language; the tests build them all.
# The end-to-end tests and the GitHub Pages deployment both build with this.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust
DIST="${1:-dist}"
"$ROOT/scripts/setup.sh" --no-browser
# One build per language (issue 16): English at the root, every other
# language of content/ in its folder, each with only its own text. English
# first: Trunk empties its dist folder, which holds the others.
say "Release build under $PUBLIC_URL into $DIST (English)"
LEADER_LANG=en trunk build --release --public-url "$PUBLIC_URL" --dist "$DIST"
for dir in "$ROOT"/content/??/; do
  lang="$(basename "$dir")"
  [ "$lang" = en ] && continue
  case " ${LANGUAGES:-$lang} " in *" $lang "*) ;; *) continue ;; esac
  say "Release build under $PUBLIC_URL$lang/ into $DIST/$lang"
  LEADER_LANG="$lang" trunk build --release --public-url "$PUBLIC_URL$lang/" \
    --dist "$DIST/$lang" --features "lang-$lang"
done
