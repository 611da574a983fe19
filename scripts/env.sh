# Shared by the scripts: paths and tool versions. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The Rust the project is tested with (major.minor). rust-toolchain.toml says
# "stable" because rustup cannot fetch a named toolchain offline; instead
# use_tested_rust (below) picks this version or stops with a message.
RUST_VERSION="1.95"
TRUNK_VERSION="0.21.14"
# wasm-split-cli (crate wasm_split_cli_support), which splits the wasm for lazy routes.
WASM_SPLIT_VERSION="0.2.4"
# The wasm-bindgen the app is built with, read from Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
# The sub-path the site is served under on GitHub Pages (and in the end-to-end tests).
export PUBLIC_URL="${PUBLIC_URL:-/leader-leader/}"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Uses the tested Rust: the default one if it is that version, else an
# installed toolchain of that name (exported for every later command), else
# installs it (given network), else stops. A new rustc can change the wasm
# that wasm-split-cli has to read, so another version is an upgrade to make
# on purpose: change RUST_VERSION and run the tests.
use_tested_rust() {
  local found
  found="$(rustc --version 2>/dev/null | cut -d' ' -f2)"
  case "$found" in "$RUST_VERSION" | "$RUST_VERSION".*) return 0 ;; esac
  if ! rustup toolchain list 2>/dev/null | grep -q "^$RUST_VERSION[.-]"; then
    say "Installing Rust $RUST_VERSION (this project is tested with it; found ${found:-no rustc})"
    rustup toolchain install "$RUST_VERSION" --profile minimal \
      --component clippy,rustfmt --target wasm32-unknown-unknown >&2 || true
  fi
  local name
  name="$(rustup toolchain list 2>/dev/null | grep -o "^$RUST_VERSION[^ ]*" | head -n1)"
  if [ -n "$name" ]; then
    export RUSTUP_TOOLCHAIN="$name"
    return 0
  fi
  echo "This project is built and tested with Rust $RUST_VERSION, but rustc is ${found:-missing}" \
    "and Rust $RUST_VERSION could not be installed. Install it (rustup toolchain install $RUST_VERSION)," \
    "or, to move the project to another version, change RUST_VERSION in scripts/env.sh and run the tests." >&2
  return 1
}
