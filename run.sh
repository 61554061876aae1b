#!/usr/bin/env bash
# Runs FormHub with demo data on SQLite (data/formhub.db). Needs only the .NET 10 SDK.
# Until the web app arrives this is `formhub demo`: check the catalog, import the demo county, print a summary.
# Extra arguments go to the command, e.g. ./run.sh --data /tmp/formhub-data
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project src/FormHub.Cli -c Release -- demo "$@"
