#!/usr/bin/env bash
# Runs every FormHub test: installs the test tools if needed, starts a throwaway PostgreSQL, runs `dotnet test`, stops the server.
set -euo pipefail
cd "$(dirname "$0")"

# chromium, fonts-noto-cjk, poppler-utils, postgresql: installed when missing (Debian, as root); else a warning.
scripts/install-test-tools.sh
# Tests that render pages or PDFs launch this browser (an existing FORMHUB_CHROMIUM is kept).
if [ -z "${FORMHUB_CHROMIUM:-}" ]; then
  for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/lib/chromium/chromium; do
    if [ -x "$c" ]; then FORMHUB_CHROMIUM=$c; break; fi
  done
fi
export FORMHUB_CHROMIUM=${FORMHUB_CHROMIUM:-}
[ -n "$FORMHUB_CHROMIUM" ] || echo "warning: no chromium found; PDF and browser tests will fail" >&2

# Two servers: the second (FORMHUB_TEST_POSTGRES_2, another port) holds the second shard of the province tests (issue 17).
pgdirs=()
trap 'for d in "${pgdirs[@]}"; do scripts/postgres-throwaway.sh stop "$d"; done' EXIT
for var in FORMHUB_TEST_POSTGRES FORMHUB_TEST_POSTGRES_2; do
  if out=$(scripts/postgres-throwaway.sh); then
    pgdirs+=("$(echo "$out" | sed -n 1p)")
    export "$var=$(echo "$out" | sed -n 2p)"
    echo "PostgreSQL for tests ($var): ${!var}"
  else
    echo "warning: PostgreSQL server $var could not be started; PostgreSQL tests will fail" >&2
  fi
done

log=$(mktemp)
set +e
dotnet test FormHub.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# grep finds no "Failed:" line when nothing failed; that is not an error.
passed=$({ grep -E '^\s+Passed: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
failed=$({ grep -E '^\s+Failed: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
echo
echo "$passed passed, $failed failed"
# The names and messages of the failed tests come last, where a CI log's tail shows them.
if [ "$failed" -gt 0 ]; then
  awk '/^[[:space:]]+Failed [A-Za-z_]/ {show=1; n=0}
       /^[[:space:]]+Stack Trace:/ {show=0}
       show && n++ < 12 {print}' "$log"
fi
rm -f "$log"
exit "$rc"
