#!/usr/bin/env bash
# The import benchmark of docs/benchmarks.md on SQLite and on a throwaway PostgreSQL cluster (fsync off, as in the tests):
#   bash scripts/bench-import.sh [ROWS] [--formats csv,json]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
shift || true
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/reformdesk-benchpg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
chown postgres "$pgdir" 2>/dev/null || true
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-h 127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" -l "$pgdir/log" -w start >/dev/null
cleanup() { as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
dotnet run -c Release --project bench/ReformDesk.Bench -- import "$rows" --postgres "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" "$@"
