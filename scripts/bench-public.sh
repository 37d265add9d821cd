#!/usr/bin/env bash
# Throughput of the public commune portal (docs/benchmarks.md): starts the app in Release on a fresh SQLite database with the
# demo data, then runs wrk against /health and each public page in the same run, and prints requests/s and the ratio to /health.
#   bash scripts/bench-public.sh [SECONDS=20] [CONNECTIONS=32] [COMMUNE=hp-tranhungdao]
# The per-address page limit (PublicPortal:PagePermitsPerMinute) is raised for the run: wrk is one address.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
connections=${2:-32}
commune=${3:-hp-tranhungdao}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
work=$(mktemp -d /tmp/reformdesk-benchpublic.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
dotnet build -c Release src/ReformDesk.Web -v q -nologo >/dev/null
ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Reminders__Enabled=false \
  Database__ConnectionString="Data Source=$work/reformdesk.db" DataProtection__KeysFolder="$work/keys" Urls="$base" \
  PublicPortal__PagePermitsPerMinute=1000000 Logging__LogLevel__Default=Warning \
  dotnet src/ReformDesk.Web/bin/Release/net10.0/ReformDesk.Web.dll >"$work/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "$base/health" && break
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 1
done

status() { curl -s -o /dev/null -w '%{http_code}' "$base$1"; }

rate() { # path → requests/s (the page must answer 200; an error or a redirect during the run fails it)
  local out
  [ "$(status "$1")" = 200 ] || { echo "GET $1 answered $(status "$1"), not 200" >&2; return 1; }
  for _ in 1 2 3; do curl -fs -o /dev/null "$base$1"; done
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" "$base$1")
  if grep -q "Non-2xx\|Socket errors" <<<"$out"; then echo "$out" >&2; echo "non-2xx answers on $1" >&2; return 1; fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}

echo "wrk -t2 -c$connections -d${seconds}s on $(nproc) cores, app and wrk on the same machine"
health=$(rate /health)
printf '%-40s %10s req/s\n' "/health" "$health"
pages=("/p/$commune" "/p/$commune/ket-qua")
if [ "$(status "/p/$commune/thu-tuc?q=khai%20sinh")" = 200 ]; then
  pages+=("/p/$commune/thu-tuc?q=khai%20sinh")
else
  echo "(/p/$commune/thu-tuc is not in this build: procedure search not measured)"
fi
for page in "${pages[@]}"; do
  r=$(rate "$page")
  printf '%-40s %10s req/s  %5.1f%% of /health\n' "$page" "$r" "$(python3 -c "print(100*$r/$health)")"
done
