#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback in a temp dir and prints its connection string;
# `postgres-throwaway.sh stop DIR` stops it and removes the dir. Installs Debian's postgresql when missing (as root).
set -euo pipefail

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ "${1:-}" = "stop" ]; then
  dir=$2
  bin=$(find_bin)
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1 || true
  else "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  exit 0
fi

bin=$(find_bin)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing postgresql (apt-get)…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin=$(find_bin)
  fi
fi
[ -n "$bin" ] || { echo "PostgreSQL is not installed and could not be installed" >&2; exit 1; }

dir=$(mktemp -d /tmp/formhub-pg.XXXXXX)
chmod 755 "$dir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)))
run() { if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
run "$bin/initdb -D $dir/data -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
run "$bin/pg_ctl -D $dir/data -l $dir/server.log -w -t 60 -o \"-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
echo "$dir"
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Maximum Pool Size=200"
