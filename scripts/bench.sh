#!/usr/bin/env bash
# Benchmarks the service against raw Kestrel on this machine (README, "Benchmarks"; figures in bench/RESULTS.md).
#   scripts/bench.sh             the full run: 3 interleaved rounds of each read path, the write paths, freshness
#   scripts/bench.sh --smoke     seconds per path and tiny counts: proves it all runs and produces numbers (CI)
#   scripts/bench.sh --scale 10  the read paths, load time, memory and cold start on a SYNTHETIC 10× register
#   scripts/bench.sh --micro     the BenchmarkDotNet micro-benchmarks, a short job (with --smoke: a dry job)
#   scripts/bench.sh --reads     the read paths and memory only (no write paths, no cold start): an optimisation's effect
# Builds in Release, starts Azurite (in memory) and the service on free ports of 127.0.0.1, loads the register through
# the prefectures' own mutations, drives it with wrk (installed from Debian when missing, 32 connections) and the
# load driver (bench/HomeCareNational.Bench.Load), and prints a markdown table, also written to bench/out/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$repo_root"

smoke=false
micro=false
reads_only=false
scale=1
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --micro) micro=true ;;
    --reads) reads_only=true ;;
    --scale) [ $# -ge 2 ] || { echo "--scale needs a number, e.g. --scale 10" >&2; exit 2; }; scale="$2"; shift ;;
    *) echo "Unknown argument '$1'; see the head of $0." >&2; exit 2 ;;
  esac
  shift
done
[[ "$scale" =~ ^[1-9][0-9]*$ ]] || { echo "--scale must be a positive whole number, not '$scale'" >&2; exit 2; }

ensure_tools
if [ "$micro" = true ]; then
  # In process: BenchmarkDotNet's generated project would not build under the repository's central package versions.
  job=(--job short --inProcess)
  [ "$smoke" = false ] || job=(--job dry --inProcess)
  exec dotnet run --project bench/HomeCareNational.Bench.Micro -c Release -- --filter '*' --join "${job[@]}" \
    --artifacts "$repo_root/bench/out/micro"
fi
ensure_wrk

connections=32
if [ "$smoke" = true ]; then
  rounds=1 seconds=2 freshness_edits=5 sequential_edits=20 writers=5 writer_seconds=2
else
  rounds=3 seconds=10 freshness_edits=100 sequential_edits=1000 writers=20 writer_seconds=20
fi
demo_designations=11309
designations=$((demo_designations * scale))

host_root="$repo_root/src/HomeCareNational.Host"
host_dll="$host_root/bin/Release/net10.0/HomeCareNational.Host.dll"
baseline_dll="$repo_root/bench/HomeCareNational.Bench.Baseline/bin/Release/net10.0/HomeCareNational.Bench.Baseline.dll"
driver_dll="$repo_root/bench/HomeCareNational.Bench.Load/bin/Release/net10.0/HomeCareNational.Bench.Load.dll"
export BENCH_WRK_DIR="$repo_root/bench/wrk"
export BENCH_DOCUMENT_FILE="$repo_root/src/HomeCareNational.GraphQL/PersistedDocuments/nationalTotals.graphql"

run_dir="$(mktemp -d)"
azurite_pid="" host_pid="" baseline_pid="" load_pid=""
stop_all() {
  for pid in "$load_pid" "$baseline_pid" "$host_pid" "$azurite_pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$run_dir"
}
trap stop_all EXIT

echo "== Building in Release" >&2
for project in src/HomeCareNational.Host bench/HomeCareNational.Bench.Baseline bench/HomeCareNational.Bench.Load; do
  dotnet build "$project" -c Release --nologo -v quiet >"$run_dir/build.log" 2>&1 || { cat "$run_dir/build.log" >&2; exit 1; }
done

# free_port: a port of 127.0.0.1 nothing listens on now.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# wait_for_port PORT PID WHAT: until something listens on PORT; fails if PID exits first.
wait_for_port() {
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "$3 stopped during start-up." >&2; return 1; }
    sleep 0.1
  done
  echo "$3 did not listen on 127.0.0.1:$1 within 30 s." >&2
  return 1
}

azurite_port="$(free_port)"
"$repo_root/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$azurite_port" --inMemoryPersistence \
  --skipApiVersionCheck --silent --disableTelemetry >"$run_dir/azurite.log" 2>&1 &
azurite_pid=$!
wait_for_port "$azurite_port" "$azurite_pid" Azurite

export ASPNETCORE_ENVIRONMENT=Development
export DevelopmentIssuer__Enabled=true
DevelopmentIssuer__SigningKey="$(head -c 32 /dev/urandom | base64)"
export DevelopmentIssuer__SigningKey
export HomeCare__Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${azurite_port}/devstoreaccount1;"
export Orleans__ClusterId="bench-$$"
export Logging__LogLevel__Default=Warning
http_port="$(free_port)"
url="http://127.0.0.1:${http_port}"

# start_host: the Host process itself (not dotnet run, so its pid is the one whose memory is read); sets host_pid and
# host_started_ms.
start_host() {
  host_started_ms="$(date +%s%3N)"
  (cd "$host_root" && Orleans__SiloPort="$(free_port)" Orleans__GatewayPort="$(free_port)" \
    exec dotnet "$host_dll" --urls "$url" >>"$run_dir/host.log" 2>&1) &
  host_pid=$!
  wait_for_port "$http_port" "$host_pid" "The service" || { tail -n 40 "$run_dir/host.log" >&2; return 1; }
}

stop_host() {
  kill -TERM "$host_pid" 2>/dev/null || true
  wait "$host_pid" 2>/dev/null || true
  host_pid=""
}

token() { (cd "$host_root" && dotnet "$host_dll" token --lifetime 2h "$@"); }
driver() { dotnet "$driver_dll" "$1" --url "$url" --host-root "$host_root" --scale "$scale" "${@:2}"; }
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

echo "== Starting Azurite on 127.0.0.1:${azurite_port} and the service on ${url} (empty store)" >&2
start_host
analyst_token="$(token --role Ministry.Analyst)"
reader_token="$(token --role Dashboard.Reader)"
rows=()
rows+=("$(driver first-answer --started-ms "$host_started_ms" --designations 0 --label 'empty store')")
# A few requests first, so the empty silo's memory includes a warmed-up GraphQL pipeline, as the loaded one will.
for _ in $(seq 1 20); do
  curl -sf -o /dev/null -X POST "$url/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer ${analyst_token}" \
    -d '{"documentId":"nationalTotals"}'
done
empty_rss="$(rss_kib "$host_pid")"

echo "== Loading the register (scale ${scale}) through the mutations" >&2
rows+=("$(driver load)")

# The baseline serves the service's own answer, byte for byte.
curl -sf -X POST "$url/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer ${analyst_token}" \
  -d "{\"documentId\":\"nationalTotals\"}" -o "$run_dir/national.json"
baseline_port="$(free_port)"
dotnet "$baseline_dll" --body "$run_dir/national.json" --urls "http://127.0.0.1:${baseline_port}" >"$run_dir/baseline.log" 2>&1 &
baseline_pid=$!
wait_for_port "$baseline_port" "$baseline_pid" "The baseline"

etag="$(curl -sf -G -D - -o /dev/null "$url/graphql" -H "Authorization: Bearer ${reader_token}" -H 'GraphQL-Require-Preflight: 1' \
  --data-urlencode 'documentId=nationalTotals' | awk 'tolower($1) == "etag:" { sub(/\r$/, "", $2); print $2 }')"
status="$(curl -s -G -o /dev/null -w '%{http_code}' "$url/graphql" -H "Authorization: Bearer ${reader_token}" \
  -H 'GraphQL-Require-Preflight: 1' -H "If-None-Match: ${etag}" --data-urlencode 'documentId=nationalTotals')"
[ "$status" = 304 ] || { echo "The conditional GET was answered ${status}, not 304 (ETag '${etag}')." >&2; exit 1; }

# run_wrk NAME SCRIPT URL TOKEN: one wrk run; appends "NAME rps p99_ms" to $run_dir/wrk.txt.
run_wrk() {
  local output
  output="$(BENCH_TOKEN="$4" BENCH_ETAG="$etag" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$BENCH_WRK_DIR/$2" "$3")"
  local line
  line="$(grep '^WRK ' <<<"$output")" || { echo "wrk printed no result for $1:" >&2; echo "$output" >&2; exit 1; }
  if ! grep -q ' errors=0$' <<<"$line"; then
    echo "wrk counted errors on $1 (a non-2xx/3xx answer or a socket error): $line" >&2
    exit 1
  fi
  awk -v name="$1" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] } print name, v["rps"], v["p99_ms"] }' <<<"$line" >>"$run_dir/wrk.txt"
}

echo "== wrk: ${rounds} round(s) × 4 paths × ${seconds} s, ${connections} connections, interleaved" >&2
for round in $(seq 1 "$rounds"); do
  echo "   round ${round}" >&2
  run_wrk baseline baseline.lua "http://127.0.0.1:${baseline_port}/graphql" ""
  run_wrk analyst analyst-query.lua "$url/graphql" "$analyst_token"
  run_wrk reader reader-document.lua "$url/graphql" "$reader_token"
  run_wrk conditional conditional-get.lua "$url/graphql" "$reader_token"
done
loaded_rss="$(rss_kib "$host_pid")"

# The median of each path's rounds, and its share of the baseline's median.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
median_of() { awk -v name="$1" -v column="$2" '$1 == name { print $column }' "$run_dir/wrk.txt" | median; }
baseline_rps="$(median_of baseline 2)"
wrk_row() {
  local rps p99
  rps="$(median_of "$1" 2)" p99="$(median_of "$1" 3)"
  awk -v label="$2" -v rps="$rps" -v p99="$p99" -v base="$baseline_rps" -v goal="$3" -v rounds="$rounds" \
    'BEGIN { printf "| %s | %.0f req/s (%.1f %% of raw Kestrel), p99 %.2f ms | %s | median of %d round(s); raw Kestrel %.0f req/s |\n", label, rps, 100 * rps / base, p99, goal, rounds, base }'
}
rows+=("$(wrk_row baseline "raw Kestrel, the same national totals bytes (baseline)" "—")")
rows+=("$(wrk_row analyst "national totals, POST with the query text, Ministry.Analyst" "≥ 60 %, p99 ≤ 10 ms")")
rows+=("$(wrk_row reader "national totals, POST with documentId, Dashboard.Reader" "≥ 60 %, p99 ≤ 10 ms")")
rows+=("$(wrk_row conditional "conditional GET with If-None-Match answered 304" "≥ 85 %, p99 ≤ 5 ms")")
rows+=("$(awk -v empty="$empty_rss" -v loaded="$loaded_rss" -v n="$designations" \
  'BEGIN { printf "| silo memory per designation above the empty silo (process working set, VmRSS) | %.2f KiB | ≤ 1 KiB | %.0f MiB empty, %.0f MiB with %d designations after the read rounds (no forced GC) |\n", (loaded - empty) / n, empty / 1024, loaded / 1024, n }')")

if [ "$scale" = 1 ] && [ "$reads_only" = false ]; then
  echo "== Freshness under wrk's read load, then the write paths" >&2
  BENCH_TOKEN="$reader_token" wrk -t2 -c"$connections" -d"$((freshness_edits / 2 + 15))s" -s "$BENCH_WRK_DIR/reader-document.lua" "$url/graphql" >/dev/null &
  load_pid=$!
  sleep 1
  rows+=("$(driver freshness --count "$freshness_edits")")
  kill "$load_pid" 2>/dev/null || true
  wait "$load_pid" 2>/dev/null || true
  load_pid=""
  rows+=("$(driver edits --count "$sequential_edits")")
  rows+=("$(driver writers --writers "$writers" --seconds "$writer_seconds")")
  designations="$(curl -sf -X POST "$url/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer ${analyst_token}" \
    -d '{"query":"{ national(fiscalYear: 2024) { designations { total } } }"}' | grep -o '"total":[0-9]*' | cut -d: -f2)"
fi

if [ "$reads_only" = false ]; then
  echo "== Cold start: the service again on the same store" >&2
  stop_host
  start_host
  rows+=("$(driver first-answer --started-ms "$host_started_ms" --designations "$designations" --label "${designations} designations in store")")
fi

mkdir -p "$repo_root/bench/out"
report="$repo_root/bench/out/bench-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)'),"
  echo "$(nproc) cores, $(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory, load average $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "mode: $([ "$smoke" = true ] && echo smoke || echo full)$([ "$reads_only" = false ] || echo ', reads only'), scale ${scale}$([ "$scale" = 1 ] || echo ' (SYNTHETIC register)'), wrk -t2 -c${connections} -d${seconds}s."
  echo
  echo "| path | measured | goal | how |"
  echo "|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$report"
echo "== Written to ${report#"$repo_root/"}" >&2
