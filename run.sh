#!/usr/bin/env bash
# Runs FormHub with demo data on SQLite (data/formhub.db). Needs only the .NET 10 SDK.
# Until the web app arrives this is `formhub demo`: check the catalog; on first start (no records yet) seed the demo county
# (22 villages, households, residents, two months of history, every shipped report: a few seconds); print a summary.
# To start over: rm -rf data/, or `dotnet run --project src/FormHub.Cli -c Release -- seed --force`.
# Extra arguments go to the command, e.g. ./run.sh --data /tmp/formhub-data
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/FormHub.Cli -c Release -- demo "$@"
