#!/usr/bin/env bash
# Runs the whole test suite. Installs what it needs (the npm packages; Debian's Chromium for the end-to-end tests); the
# test fixtures start their own Azurite on free ports. Ends with one line "N passed, N failed" totalled over all test projects.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_tools --with-chromium
cd "$repo_root"

results="$repo_root/TestResults"
rm -rf "$results"
echo "== Building"
dotnet build HomeCareNational.sln -c Release --nologo -v quiet
echo "== Testing"
status=0
dotnet test HomeCareNational.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

# Each test project writes one .trx; sum their counters.
read -r passed failed < <(cat "$results"/*.trx 2>/dev/null \
  | grep -o '<Counters [^>]*' \
  | awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); if (kv[1] == "passed") p += kv[2]; if (kv[1] == "failed") f += kv[2] } } END { print p + 0, f + 0 }')
# Name every failed test last, so the end of the log says what broke.
if [ "$failed" -ne 0 ]; then
  echo "== Failed"
  cat "$results"/*.trx | grep -o '<UnitTestResult [^>]*outcome="Failed"' | grep -o 'testName="[^"]*"' | sed 's/^testName=/  /'
fi
echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
