# Shared by the scripts: paths and tool versions. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
TRUNK_VERSION="0.21.14"
# wasm-split-cli (crate wasm_split_cli_support), which splits the wasm for lazy routes.
WASM_SPLIT_VERSION="0.2.4"
# The wasm-bindgen the app is built with, read from Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
# The sub-path the site is served under on GitHub Pages (and in the end-to-end tests).
PUBLIC_URL="${PUBLIC_URL:-/leader-leader/}"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
