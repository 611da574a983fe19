#!/usr/bin/env bash
# Builds the release site and measures it (scripts/bench.mjs): bytes of the
# first load, cold-load timings, layout shift, JS heap, the time of a tick
# with a large saved state, and Lighthouse scores; compares them with
# bench/budget.json and writes bench/results.json. Not part of the tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust
"$ROOT/scripts/setup.sh"
stamp="$(sha256sum bench/package-lock.json | cut -d' ' -f1)"
if [ "$(cat bench/node_modules/.lock-stamp 2>/dev/null)" != "$stamp" ]; then
  say "Installing the benchmark's tools (Lighthouse) from bench/package-lock.json"
  (cd bench && npm ci --no-audit --no-fund)
  echo "$stamp" > bench/node_modules/.lock-stamp
fi
PUBLIC_URL=/leader-leader/ "$ROOT/scripts/build.sh" target/bench-site
say "Measuring"
BENCH_SITE=target/bench-site node scripts/bench.mjs
