#!/usr/bin/env bash
# Starts HomeCareNational as a 3-silo cluster on this machine: Azurite as in run-demo.sh (same data in .data/azurite),
# then three Host processes, each with its co-hosted silo, joined through Azure Table membership in that Azurite.
# The first loads the demo register (where a prefecture has no FY2024 data); the other two join it. Any of the three
# HTTP ports answers any request. Ctrl+C stops the hosts, then Azurite (SIGINT, so it flushes its data).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
source "$repo_root/scripts/service.sh"
ensure_tools
cd "$repo_root"

read -r -a http_ports <<< "${HOMECARE_CLUSTER_HTTP_PORTS:-5081 5082 5083}"
read -r -a silo_ports <<< "${HOMECARE_CLUSTER_SILO_PORTS:-11121 11122 11123}"
read -r -a gateway_ports <<< "${HOMECARE_CLUSTER_GATEWAY_PORTS:-30021 30022 30023}"
[ "${#http_ports[@]}" -eq 3 ] && [ "${#silo_ports[@]}" -eq 3 ] && [ "${#gateway_ports[@]}" -eq 3 ] \
  || { echo "HOMECARE_CLUSTER_HTTP_PORTS, _SILO_PORTS and _GATEWAY_PORTS take three ports each" >&2; exit 1; }

start_azurite
host_pids=()
stop_all() {
  for pid in "${host_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${host_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  stop_azurite
}
trap stop_all EXIT INT TERM
prepare_service
export Orleans__ClusterId="${HOMECARE_CLUSTER_ID:-homecare-local-cluster}"
issue_tokens

# start_host N SEED: host N (0-2) on its ports; its log lines start with [host N]. The built service itself, not
# `dotnet run`, so that its pid is the one printed, SIGTERM stops it gracefully and kill -9 kills its silo.
start_host() {
  (cd src/HomeCareNational.Host && HomeCare__SeedDemoData="$2" Orleans__SiloPort="${silo_ports[$1]}" \
    Orleans__GatewayPort="${gateway_ports[$1]}" exec dotnet bin/Release/net10.0/HomeCareNational.Host.dll \
    --urls "http://127.0.0.1:${http_ports[$1]}") > >(sed -u "s/^/[host $1] /") 2>&1 &
  host_pids+=($!)
}

echo "== Starting host 0 on port ${http_ports[0]} (silo ${silo_ports[0]}); it loads the demo register on first start"
start_host 0 true
wait_until_answers "http://127.0.0.1:${http_ports[0]}" "${host_pids[0]}"
echo "== Starting hosts 1 and 2 on ports ${http_ports[1]} and ${http_ports[2]}; they join the cluster"
start_host 1 false
start_host 2 false
wait_until_answers "http://127.0.0.1:${http_ports[1]}" "${host_pids[1]}"
wait_until_answers "http://127.0.0.1:${http_ports[2]}" "${host_pids[2]}"

cat <<EOT

HomeCareNational is running as a cluster of 3 silos "${Orleans__ClusterId}" (SYNTHETIC DEMO DATA — not real prefecture data).
  GraphQL endpoints (any answers any request; kill one and the others take over its grains in about 2 s):
    http://127.0.0.1:${http_ports[0]}/graphql   (host 0, pid ${host_pids[0]})
    http://127.0.0.1:${http_ports[1]}/graphql   (host 1, pid ${host_pids[1]})
    http://127.0.0.1:${http_ports[2]}/graphql   (host 2, pid ${host_pids[2]})
  GraphiQL on each, e.g. http://127.0.0.1:${http_ports[0]}/graphiql
EOT
print_tokens "http://127.0.0.1:${http_ports[1]}"
# Until Ctrl+C: a host that dies (kill one to watch the others take over) does not stop the rest.
for pid in "${host_pids[@]}"; do wait "$pid" || true; done
