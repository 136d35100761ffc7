# Shared by the scripts: installs the repository's npm tools (Azurite) when they are missing or stale.
# Sourced, not run.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

ensure_tools() {
  command -v dotnet >/dev/null || { echo "dotnet (the .NET 10 SDK) is required" >&2; exit 1; }
  command -v npm >/dev/null || { echo "npm (Node.js 20) is required to install Azurite" >&2; exit 1; }
  if [ ! -x "$repo_root/node_modules/.bin/azurite-table" ] || [ "$repo_root/package-lock.json" -nt "$repo_root/node_modules/.package-lock.json" ]; then
    echo "== Installing Azurite from npm (package-lock.json)"
    (cd "$repo_root" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
