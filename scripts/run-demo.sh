#!/usr/bin/env bash
# Starts HomeCareNational with the synthetic demo register: Azurite (installed from npm into the repository)
# on 127.0.0.1 with its data in .data/azurite so it survives a restart, then the service, trusting the development
# token issuer with a key generated on first run into .data/dev-signing-key; prints a token for each role.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_tools
cd "$repo_root"

table_port="${AZURITE_TABLE_PORT:-10002}"
http_url="${HOMECARE_URL:-http://127.0.0.1:5080}"
data_dir="$repo_root/.data/azurite"
key_file="$repo_root/.data/dev-signing-key"
mkdir -p "$data_dir"
if [ ! -s "$key_file" ]; then
  (umask 077 && head -c 32 /dev/urandom | base64 > "$key_file")
  echo "== Generated a development signing key (256 bits) in ${key_file}"
fi

echo "== Starting Azurite (table service) on 127.0.0.1:${table_port}, data in ${data_dir}"
node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort "$table_port" --skipApiVersionCheck \
  --location "$data_dir" --silent --disableTelemetry &
azurite_pid=$!
service_pid=""
# The service first, so it writes nothing more; then Azurite with SIGINT, the one signal on which azurite-table saves its
# data and closes (on SIGTERM it exits at once and loses the writes of its last seconds), and wait until it has.
stop_all() {
  trap - EXIT INT TERM
  if [ -n "$service_pid" ]; then kill -TERM "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; fi
  kill -INT "$azurite_pid" 2>/dev/null || true; wait "$azurite_pid" 2>/dev/null || true
}
trap stop_all EXIT
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
for _ in $(seq 1 50); do
  (exec 3<>"/dev/tcp/127.0.0.1/$table_port") 2>/dev/null && break
  sleep 0.2
done

export ConnectionStrings__HomeCareStorage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${table_port}/devstoreaccount1;"
export HomeCare__SeedDemoData=true
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
# The development tenant registry and API registration are in src/HomeCareNational.Host/appsettings.Development.json.
export DevelopmentIssuer__Enabled=true
export DevelopmentIssuer__SigningKey="$(cat "$key_file")"

echo "== Building and starting the service on ${http_url} (the demo register loads on first start)"
dotnet build src/HomeCareNational.Host -c Release --nologo -v quiet
token() { dotnet run --project src/HomeCareNational.Host -c Release --no-build -- token --lifetime 8h "$@"; }
analyst_token="$(token --role Ministry.Analyst)"
editor_token="$(token --role Prefecture.Editor --prefecture 33)"
viewer_token="$(token --role Prefecture.Viewer --prefecture 33)"
dashboard_token="$(token --role Dashboard.Reader)"
dotnet run --project src/HomeCareNational.Host -c Release --no-build -- --urls "$http_url" &
service_pid=$!

query='{"query":"{ national { fiscalYear { labelJa } designations { total clinical nonClinical nonClinicalShare } hubs { total } version asOf } }"}'
for _ in $(seq 1 120); do
  if curl -sf -X POST "$http_url/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer ${analyst_token}" \
    -d "$query" >/dev/null 2>&1; then
    cat <<EOT

HomeCareNational is running (SYNTHETIC DEMO DATA — not real prefecture data).
  GraphQL endpoint: ${http_url}/graphql (every request needs a bearer token)
  GraphiQL:         ${http_url}/graphiql (in a browser; paste a token below into its token field)

  Development tokens, valid 8 hours (signed with .data/dev-signing-key; never accepted in Production):
    Ministry.Analyst:
      ${analyst_token}
    Prefecture.Editor of 33 (岡山県):
      ${editor_token}
    Prefecture.Viewer of 33 (岡山県):
      ${viewer_token}
    Dashboard.Reader:
      ${dashboard_token}
  More (other prefectures, app-only tokens): README, "Sign-in and tenancy".

  Try:
    curl -s -X POST ${http_url}/graphql -H 'Content-Type: application/json' \\
      -H 'Authorization: Bearer ${analyst_token}' \\
      -d '${query}'
  Stop with Ctrl+C.
EOT
    break
  fi
  kill -0 "$service_pid" 2>/dev/null || { echo "The service stopped during start-up; see the log above." >&2; exit 1; }
  sleep 1
done
wait "$service_pid"
