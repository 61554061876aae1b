#!/usr/bin/env bash
# Measures the open issues' performance targets (12, 16, 17, 18) one after another, each run's output in OUTDIR/NAME.log
# and a line per run (wall, CPU, peak RSS, load average before and after) in OUTDIR/summary.txt. Run it on a quiet
# machine: the figures in docs/benchmarks.md ("Quiet-machine re-measure") came from it.
# Usage: bench/open-targets.sh OUTDIR [section…]   sections: rules machine import templates-sqlite web-sqlite
#        storage-marten web-marten knee province (default all, in that order); starts its own throwaway PostgreSQL servers.
set -uo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd); OUT=$(mkdir -p "$1" && cd "$1" && pwd); shift
SECTIONS=${*:-"rules machine import templates-sqlite web-sqlite storage-marten web-marten knee province"}
cd "$REPO"
A=${FORMHUB_BENCH_ARTIFACTS:-/tmp/fhq}
if [ ! -f "$A/bin/FormHub.Bench/release/FormHub.Bench.dll" ]; then
  dotnet build -c Release bench/FormHub.Bench --artifacts-path "$A" >/dev/null && dotnet build -c Release src/FormHub.Cli --artifacts-path "$A" >/dev/null || exit 1
fi
B=$A/bin/FormHub.Bench/release/FormHub.Bench.dll
F="dotnet $A/bin/FormHub.Cli/release/formhub.dll --templates form-templates"
run() { # name, command…
  local name=$1; shift
  echo "== $name $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
  echo "\$ $*" > "$OUT/$name.log"
  /usr/bin/time -f "TIME %e s wall, %U+%S s cpu, %M KB peak RSS" "$@" >> "$OUT/$name.log" 2>&1
  echo "   rc=$? $(grep TIME "$OUT/$name.log" | tail -1) end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/summary.txt"
}
pg() { local o; o=$(scripts/postgres-throwaway.sh); echo "$o"; }
for s in $SECTIONS; do
  case $s in
    rules)
      # the 300,000-person county is generated once into /tmp/q18 and kept for later runs
      [ -d /tmp/q18 ] || run rules-generate dotnet $B --suite rules --engine sqlite --rules-data /tmp/q18 --rules-generate --live-saves 30 --period 2026-12
      run rules-again dotnet $B --suite rules --engine sqlite --rules-data /tmp/q18 --live-saves 30 --period 2026-12 ;;
    machine)
      o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      run machine-sqlite dotnet $B --suite machine --engine sqlite
      run machine-marten dotnet $B --suite machine --engine postgres --postgres "$CS"
      scripts/postgres-throwaway.sh stop "$D" ;;
    import)
      python3 bench/import/make_roster.py --persons 50000 --out /tmp/q-roster.csv >/dev/null
      python3 bench/import/csv_to_xlsx.py /tmp/q-roster.csv /tmp/q-roster.xlsx >/dev/null
      for f in csv xlsx; do
        rm -rf /tmp/q16-$f; $F --data /tmp/q16-$f regions import form-templates/regions/demo-county.csv >/dev/null
        run import-sqlite-$f-dry $F --data /tmp/q16-$f import /tmp/q-roster.$f --profile 户籍 --dry-run
        run import-sqlite-$f $F --data /tmp/q16-$f import /tmp/q-roster.$f --profile 户籍
        run import-sqlite-$f-again $F --data /tmp/q16-$f import /tmp/q-roster.$f --profile 户籍
      done
      o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      for f in csv xlsx; do   # each file into a fresh server
        FORMHUB_POSTGRES="$CS" $F regions import form-templates/regions/demo-county.csv >/dev/null
        FORMHUB_POSTGRES="$CS" run import-marten-$f-dry $F import /tmp/q-roster.$f --profile 户籍 --dry-run
        FORMHUB_POSTGRES="$CS" run import-marten-$f $F import /tmp/q-roster.$f --profile 户籍
        FORMHUB_POSTGRES="$CS" run import-marten-$f-again $F import /tmp/q-roster.$f --profile 户籍
        scripts/postgres-throwaway.sh stop "$D"
        o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      done
      scripts/postgres-throwaway.sh stop "$D" ;;
    templates-sqlite)
      run templates-sqlite dotnet $B --engine sqlite --suite templates --villages 300 --period 2026-12
      run evaluate-sqlite dotnet $B --engine sqlite --suite templates --villages 10 --only evaluate,preview,draft --previews 1000 --period 2026-12 ;;
    storage-marten)
      o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      run all-marten dotnet $B --engine postgres --suite all --villages 300 --load-parallel 3 --period 2026-12 --postgres "$CS"
      scripts/postgres-throwaway.sh stop "$D" ;;
    web-sqlite)
      run web-sqlite dotnet $B --suite web --engine sqlite --cadres 200 --think-ms 1000
      run web-sqlite-nomat dotnet $B --suite web --engine sqlite --cadres 200 --think-ms 1000 --server-env FormHub__MaterializerPollMilliseconds=600000
      run web-sqlite-hostile dotnet $B --suite web --engine sqlite --cadres 200 --think-ms 1000 --hostile-preview ;;
    web-marten)
      o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      run web-marten dotnet $B --suite web --engine postgres --postgres "$CS" --cadres 200 --think-ms 1000
      scripts/postgres-throwaway.sh stop "$D" ;;
    knee)
      o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      run knee-marten dotnet $B --suite web --engine postgres --postgres "$CS" --cadres 400 --knee 25,50,100,200,400 --warmup 10 --duration 20
      scripts/postgres-throwaway.sh stop "$D" ;;
    province)
      o=$(pg); D=$(echo "$o" | sed -n 1p); CS=$(echo "$o" | sed -n 2p)
      o2=$(pg); D2=$(echo "$o2" | sed -n 1p); CS2=$(echo "$o2" | sed -n 2p)
      run province dotnet $B --suite province --villages 30 --load-parallel 2 --postgres "$CS" --postgres2 "$CS2" --period 2026-12
      scripts/postgres-throwaway.sh stop "$D"; scripts/postgres-throwaway.sh stop "$D2" ;;
  esac
done
echo "== done $(date -u +%H:%M:%S)" | tee -a "$OUT/summary.txt"
