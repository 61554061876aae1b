#!/usr/bin/env bash
# Runs every FormHub test: starts a throwaway PostgreSQL (installing it if needed), runs `dotnet test`, stops the server.
set -euo pipefail
cd "$(dirname "$0")"

if out=$(scripts/postgres-throwaway.sh); then
  pgdir=$(echo "$out" | sed -n 1p)
  export FORMHUB_TEST_POSTGRES=$(echo "$out" | sed -n 2p)
  trap 'scripts/postgres-throwaway.sh stop "$pgdir"' EXIT
  echo "PostgreSQL for tests: $FORMHUB_TEST_POSTGRES"
else
  echo "warning: no PostgreSQL server could be started; PostgreSQL tests will fail" >&2
fi

log=$(mktemp)
set +e
dotnet test FormHub.sln --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# grep finds no "Failed:" line when nothing failed; that is not an error.
passed=$({ grep -E '^\s+Passed: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
failed=$({ grep -E '^\s+Failed: [0-9]+' "$log" || true; } | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo
echo "$passed passed, $failed failed"
exit "$rc"
