#!/usr/bin/env bash
# The atlas's two set-up commands (see README.md) and the page benchmark:
#
#   bash tools/atlas.sh serve   install what is missing, build the release page, serve it on 127.0.0.1
#   bash tools/atlas.sh test    install what is missing, run every test (lint, native, browser, end-to-end)
#   bash tools/atlas.sh bench   install what is missing, run the page benchmark in headless Chromium
#
# Every install step is idempotent: it checks the pinned version and skips what is there. Nothing
# is downloaded from outside the package registries (crates.io, npm, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
TRUNK_VERSION=0.21.14
PORT=${PORT:-8080}

say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_ensure() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    say "apt: installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

ensure_rust() {
  if ! command -v cargo >/dev/null; then
    echo "cargo is missing: this project needs the Rust toolchain (rustup, Rust ≥ 1.85) on PATH." >&2
    exit 1
  fi
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "rustup: adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
}

ensure_node() {
  command -v npm >/dev/null || apt_ensure nodejs npm
  # tools/package-lock.json pins binaryen (wasm-opt), esbuild, playwright-core and pngjs.
  if [ ! -f tools/node_modules/.installed ] || [ tools/package-lock.json -nt tools/node_modules/.installed ]; then
    say "npm: installing tools/package-lock.json (binaryen, esbuild, playwright-core, pngjs)"
    npm ci --prefix tools --no-audit --no-fund
    touch tools/node_modules/.installed
  fi
}

wasm_bindgen_version() {
  # The version Cargo.lock resolved (Cargo.toml pins it with '=').
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_build_tools() {
  ensure_rust
  ensure_node
  [ -f Cargo.lock ] || cargo generate-lockfile
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "cargo: installing trunk $TRUNK_VERSION (about 8 minutes)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
  local wb
  wb=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    say "cargo: installing wasm-bindgen-cli $wb (about 4 minutes)"
    cargo install --force "wasm-bindgen-cli@=$wb"
  fi
  grep -q "wasm_bindgen = \"$wb\"" Trunk.toml || {
    echo "Trunk.toml's [tools] wasm_bindgen must be \"$wb\" (the version in Cargo.lock)" >&2
    exit 1
  }
}

ensure_browser() {
  apt_ensure chromium chromium-driver fonts-noto-cjk
}

build() {
  say "trunk: building the release page into dist/"
  trunk build --release --offline
  node tools/minify.mjs dist
  local total=0
  for f in dist/*; do
    [ -f "$f" ] || continue
    local gz
    gz=$(gzip -9c "$f" | wc -c)
    total=$((total + gz))
    printf '  %-48s %8d bytes  %7d gzipped\n' "$(basename "$f")" "$(wc -c <"$f")" "$gz"
  done
  printf '  %-48s %8s        %7d gzipped\n' "total" "" "$total"
}

cmd_serve() {
  ensure_build_tools
  build
  say "serving dist/ on http://127.0.0.1:$PORT/ (Ctrl-C stops)"
  exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
}

cmd_test() {
  ensure_build_tools
  ensure_browser
  local failed=0 passed=0
  step() {
    local name=$1
    shift
    say "$name"
    if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $name" >&2; fi
  }
  step "format (cargo fmt --check)" cargo fmt --all -- --check
  step "lint, native (clippy -D warnings)" cargo clippy --all-targets --locked -- -D warnings
  step "lint, wasm (clippy -D warnings)" cargo clippy --target wasm32-unknown-unknown --lib --tests --locked -- -D warnings
  step "native tests (cargo test)" cargo test --locked
  step "browser tests (wasm-bindgen-test in headless Chromium)" env \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    cargo test --locked --target wasm32-unknown-unknown --test web
  step "release build (trunk)" build
  step "end-to-end tests (playwright-core + Chromium)" node --test tests/e2e/
  echo
  echo "steps: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

cmd_bench() {
  ensure_build_tools
  ensure_browser
  build
  if [ ! -f bench/peer/node_modules/.installed ] || [ bench/peer/package-lock.json -nt bench/peer/node_modules/.installed ]; then
    say "npm: installing the sigma.js peer (bench/peer/package-lock.json)"
    npm ci --prefix bench/peer --no-audit --no-fund
    touch bench/peer/node_modules/.installed
  fi
  say "building the sigma.js peer page"
  node bench/peer/build.mjs
  say "page benchmark (headless Chromium)"
  node bench/page.mjs "$@"
}

case "${1:-}" in
  serve) cmd_serve ;;
  test) cmd_test ;;
  bench) shift; cmd_bench "$@" ;;
  *)
    echo "usage: bash tools/atlas.sh serve|test|bench" >&2
    exit 2
    ;;
esac
