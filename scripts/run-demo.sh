#!/usr/bin/env bash
# Starts HomeCareNational with the synthetic demo register: Azurite (installed from npm into the repository)
# on 127.0.0.1 with its data in .data/azurite so it survives a restart, then the service, trusting the development
# token issuer with a key generated on first run into .data/dev-signing-key; prints a token for each role.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
source "$repo_root/scripts/service.sh"
ensure_tools
cd "$repo_root"

http_url="${HOMECARE_URL:-http://127.0.0.1:5080}"
start_azurite
service_pid=""
# The service first, so it writes nothing more; then Azurite (stop_azurite).
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$service_pid" ]; then kill -TERM "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; fi
  stop_azurite
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
prepare_service
export HomeCare__SeedDemoData=true
# With the synthetic FY2025 history, so the trend of the review has a shape on a fresh start.
export HomeCare__DemoData__History=true

echo "== Starting the service on ${http_url} (the demo register loads on first start)"
issue_tokens
dotnet run --project src/HomeCareNational.Host -c Release --no-build -- --urls "$http_url" &
service_pid=$!

wait_until_answers "$http_url" "$service_pid"
cat <<EOT

HomeCareNational is running (SYNTHETIC DEMO DATA — not real prefecture data).
  GraphQL endpoint: ${http_url}/graphql (every request needs a bearer token)
  GraphiQL:         ${http_url}/graphiql (in a browser; paste a token below into its token field)
  Dashboard:        ${http_url}/dashboard (in a browser; the development sign-in picks a role and prefecture)
EOT
print_tokens "$http_url"
wait "$service_pid"
