# Shared by run-demo.sh and run-cluster.sh: Azurite with its data in .data/azurite, the development signing key, the
# service's environment, the role tokens and the banner. Sourced after tools.sh, not run.

table_port="${AZURITE_TABLE_PORT:-10002}"
data_dir="$repo_root/.data/azurite"
key_file="$repo_root/.data/dev-signing-key"
demo_query='{"query":"{ national { fiscalYear { labelJa } designations { total clinical nonClinical nonClinicalShare } hubs { total } version asOf } }"}'

# start_azurite: the table service on 127.0.0.1:$table_port, data in $data_dir (survives a restart); sets azurite_pid.
start_azurite() {
  mkdir -p "$data_dir"
  echo "== Starting Azurite (table service) on 127.0.0.1:${table_port}, data in ${data_dir}"
  # In a session of its own, so Ctrl+C reaches only the services: Azurite must outlive them, they write to it as they stop.
  setsid "$repo_root/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$table_port" --skipApiVersionCheck \
    --location "$data_dir" --silent --disableTelemetry &
  azurite_pid=$!
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$table_port") 2>/dev/null && break
    sleep 0.2
  done
}

# stop_azurite: SIGINT, the one signal on which azurite-table saves its data and closes (on SIGTERM it exits at once and
# loses the writes of its last seconds), then wait until it has.
stop_azurite() {
  kill -INT "$azurite_pid" 2>/dev/null || true
  wait "$azurite_pid" 2>/dev/null || true
}

# prepare_service: the signing key (generated on first run), the environment every Host process reads, the build.
prepare_service() {
  if [ ! -s "$key_file" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 > "$key_file")
    echo "== Generated a development signing key (256 bits) in ${key_file}"
  fi
  export HomeCare__Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${table_port}/devstoreaccount1;"
  export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
  # The development tenant registry and API registration are in src/HomeCareNational.Host/appsettings.Development.json.
  export DevelopmentIssuer__Enabled=true
  export DevelopmentIssuer__SigningKey="$(cat "$key_file")"
  dotnet build "$repo_root/src/HomeCareNational.Host" -c Release --nologo -v quiet
}

# issue_tokens: one token per role, valid 8 hours, into analyst_token, editor_token, viewer_token, dashboard_token.
issue_tokens() {
  token() { dotnet run --project "$repo_root/src/HomeCareNational.Host" -c Release --no-build -- token --lifetime 8h "$@"; }
  analyst_token="$(token --role Ministry.Analyst)"
  editor_token="$(token --role Prefecture.Editor --prefecture 33)"
  viewer_token="$(token --role Prefecture.Viewer --prefecture 33)"
  dashboard_token="$(token --role Dashboard.Reader)"
}

# wait_until_answers URL PID: until the service at URL answers the demo query; fails if PID exits first.
wait_until_answers() {
  for _ in $(seq 1 120); do
    curl -sf -X POST "$1/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer ${analyst_token}" \
      -d "$demo_query" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "The service stopped during start-up; see the log above." >&2; return 1; }
    sleep 1
  done
  echo "The service at $1 did not answer within 120 s." >&2
  return 1
}

# print_tokens URL: the tokens and an example request against URL.
print_tokens() {
  cat <<EOT

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
    curl -s -X POST $1/graphql -H 'Content-Type: application/json' \\
      -H 'Authorization: Bearer ${analyst_token}' \\
      -d '${demo_query}'
  Stop with Ctrl+C.
EOT
}
