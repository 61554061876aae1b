#!/usr/bin/env bash
# Runs FormHub (the web server) with demo data on SQLite (data/formhub.db). Needs only the .NET 10 SDK.
# On first start (no records yet) it seeds the demo county 清溪县 (22 villages, households, residents, two months of
# history, every shipped report: a few seconds), then prints the address and the demo accounts.
# To start over: rm -rf data/. Other address: FORMHUB_URLS=http://0.0.0.0:8080 ./run.sh (e.g. to try it from a phone).
# Extra arguments go to the server, e.g. ./run.sh --FormHub:DataDirectory=/tmp/formhub-data
set -euo pipefail
cd "$(dirname "$0")"
export FORMHUB_SEED_DEMO="${FORMHUB_SEED_DEMO:-true}"
# dotnet run starts the server in its project folder; keep the data beside this script.
export FORMHUB_DATA="${FORMHUB_DATA:-$PWD/data}"
# The first build takes about a minute and prints little: say so before it starts.
if [ ! -f src/FormHub.Server/bin/Release/net10.0/FormHub.Server.dll ]; then
  echo "正在编译 FormHub，首次约需 1 分钟… (building FormHub: about a minute the first time)"
fi
dotnet build src/FormHub.Server -c Release -v quiet -nologo -clp:NoSummary
echo "编译完成，正在启动… (starting)"
exec dotnet run --no-build --project src/FormHub.Server -c Release -- --urls "${FORMHUB_URLS:-http://localhost:5000}" "$@"
