# Installs what the project needs and skips what is already there. Sourced by scripts/serve,
# scripts/test and scripts/bench; nothing here is ever done by hand.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_LEPTOS_VERSION="0.3.10"
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

setup_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32 target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    # 0.3.11 needs a newer rustc than this toolchain. --debug: cargo-leptos only drives the
    # build, and its fat-LTO release profile takes half an hour on two cores.
    step "installing cargo-leptos $CARGO_LEPTOS_VERSION (once per machine, about 10 minutes)"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --features no_downloads --debug
  fi
  local wbg
  wbg="$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')"
  if ! wasm-bindgen --version 2>/dev/null | grep -q " $wbg\$"; then
    # Must equal the wasm-bindgen in Cargo.lock exactly. --locked fails on a yanked pin.
    step "installing wasm-bindgen-cli $wbg (once per machine, about 5 minutes)"
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
}

setup_node() {
  if ! command -v npm >/dev/null; then
    step "installing Node.js and npm"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
  fi
  if [ ! -x "$ROOT/end2end/node_modules/.bin/wasm-opt" ] || [ "$ROOT/end2end/package-lock.json" -nt "$ROOT/end2end/node_modules/.package-lock.json" ]; then
    # wasm-opt comes from npm's binaryen: Debian's (version 108) breaks the wasm at run time.
    step "installing npm packages (wasm-opt, Playwright, axe-core)"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup_chromium() {
  if ! command -v chromium >/dev/null; then
    # Playwright cannot download its own browser here; it drives Debian's Chromium.
    step "installing Chromium"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core
  fi
}

# Installs the Debian packages whose commands are missing: `setup_debian wrk:wrk nginx:nginx`
# (command:package pairs).
setup_debian() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair#*:}")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    step "installing ${missing[*]} (Debian packages)"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# Waits until http://127.0.0.1:$1/healthz answers (at most 60 s).
wait_for_port() {
  local tries=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$1/healthz" 2>/dev/null; do
    tries=$((tries + 1))
    if [ "$tries" -gt 600 ]; then echo "nothing answers on port $1" >&2; return 1; fi
    sleep 0.1
  done
}

build_release() {
  step "building the site (release)"
  (cd "$ROOT" && cargo leptos build --release --precompress)
}

# Runs the release server the way `scripts/serve` does; extra arguments go to the server.
server_env() {
  export LEPTOS_SITE_ROOT="$ROOT/target/site" LEPTOS_SITE_PKG_DIR=pkg LEPTOS_HASH_FILES=true LEPTOS_ENV=PROD
}
