#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; quick when
# everything is there. Safe to run again. Needs: rustup, Node 20 with npm,
# and (for the browser) apt-get as root or through sudo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
use_tested_rust

want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

# Rust target for WebAssembly (rust-toolchain.toml names it too).
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# npm tools: wasm-opt (Binaryen 132) and Playwright, exactly as locked.
stamp="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [ "$(cat node_modules/.lock-stamp 2>/dev/null)" != "$stamp" ]; then
  say "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$stamp" > node_modules/.lock-stamp
fi
if [ "$(wasm-opt --version 2>/dev/null)" != "wasm-opt version 132 (version_132)" ]; then
  echo "wasm-opt on PATH is not Binaryen 132: $(command -v wasm-opt || echo none)" >&2
  exit 1
fi

# Trunk, at the version Trunk.toml and the scripts are written for.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
# (Its own lock file pins a crate the registry lacks, so no --locked.)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! grep -q "^wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen does not match Cargo.lock ($WASM_BINDGEN_VERSION)" >&2
  exit 1
fi

# wasm-split-cli cuts the wasm into pieces loaded on demand (scripts/split_wasm.py).
# It has no --version, so cargo's own list of installed tools is checked.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:" \
  || ! command -v wasm-split-cli >/dev/null; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary --force
fi

# Chromium and its driver, from Debian (a browser download does not work here).
if [ "$want_browser" = 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "Installing Debian's chromium and chromium-driver"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium chromium-driver
fi

# Trunk builds offline: every crate must already be downloaded.
cargo fetch --locked >/dev/null
