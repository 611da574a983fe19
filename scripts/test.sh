#!/usr/bin/env bash
# Runs every test: formatting and lints, native unit tests, browser tests in
# headless Chromium, and end-to-end tests on the release build served the way
# GitHub Pages serves it. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust
"$ROOT/scripts/setup.sh"
# A fresh clone (CI) gains nothing from cargo's incremental caches, which
# take gigabytes of disk per crate build.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"; fi

say "Formatting"
cargo fmt --all -- --check

say "Python tests of the build scripts"
PYTHONDONTWRITEBYTECODE=1 python3 -m unittest discover -s scripts/tests

say "Clippy (native and wasm32)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

say "Native unit tests"
cargo test --locked

say "Browser tests (wasm-bindgen-test in headless Chromium)"
CHROMEDRIVER="$(command -v chromedriver)" \
  cargo test --locked --target wasm32-unknown-unknown --test web

# Built once for $PUBLIC_URL (scripts/env.sh; /leader-leader/ unless set): the
# end-to-end tests run against this folder, and the Pages workflow deploys it
# with its own SITE_URL (the pages' canonical addresses and the sitemap);
# elsewhere the tests check them under a stand-in address.
export SITE_URL="${SITE_URL:-https://example.org${PUBLIC_URL}}"
"$ROOT/scripts/build.sh" target/e2e-site

say "First-load size (gzipped) against its recorded ceiling"
python3 "$ROOT/scripts/size_check.py" target/e2e-site

say "End-to-end tests (Playwright, headless Chromium)"
playwright test

say "All tests passed"
