# Shared by the scripts: installs the repository's npm packages (Azurite; GraphiQL, React, ECharts and MSAL.js, which the
# Host embeds) when they are missing or stale, Debian's Chromium and a Japanese font for the end-to-end tests, and
# Debian's wrk for the benchmarks, when they are missing.
# Sourced, not run.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# ensure_tools [--with-chromium]: the test suite asks for Chromium too; the demo does not need it.
ensure_tools() {
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is required" >&2; exit 1; }
  command -v npm >/dev/null || { echo "npm (Node.js 20) is required to install Azurite and GraphiQL" >&2; exit 1; }
  if [ ! -x "$repo_root/node_modules/.bin/azurite-table" ] || [ ! -f "$repo_root/node_modules/graphiql/graphiql.min.js" ] \
    || [ "$repo_root/package-lock.json" -nt "$repo_root/node_modules/.package-lock.json" ]; then
    echo "== Installing Azurite, GraphiQL and React from npm (package-lock.json)"
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # The end-to-end tests drive Debian's Chromium through Playwright, which downloads no browser of its own.
  # The dashboard's screenshots (docs/dashboard-*.png) need a font with Japanese glyphs.
  local japanese_font=/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf
  if [ "${1:-}" = "--with-chromium" ] && { [ ! -x /usr/bin/chromium ] || [ ! -f "$japanese_font" ]; }; then
    echo "== Installing Chromium and a Japanese font from Debian's packages (for the end-to-end tests)"
    command -v apt-get >/dev/null || { echo "Chromium (/usr/bin/chromium) and fonts-ipafont-gothic are required by the end-to-end tests; install them" >&2; exit 1; }
    apt_install chromium fonts-ipafont-gothic
  fi
}

# ensure_wrk: the HTTP load generator of scripts/bench.sh.
ensure_wrk() {
  if ! command -v wrk >/dev/null; then
    echo "== Installing wrk from Debian's packages (for the benchmarks)" >&2
    command -v apt-get >/dev/null || { echo "wrk is required by the benchmarks; install it" >&2; exit 1; }
    apt_install wrk
  fi
}

# apt_install PACKAGE…: Debian packages, as root or with sudo.
apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}
