#!/usr/bin/env bash
# Mixed load on loopback: wrk over signed-in pages, the dossier dashboard, the JSON API and the public citizen pages
# (random client addresses through the configured loopback proxy) while dossier-log imports run through the import page,
# sampling the server's memory. Usage: [RD_LOAD_GROW=1] bash scripts/load-test.sh [seconds=600] [connections=16]
# Prints the status counts, latency percentiles and memory samples; exits non-zero on any socket error or 5xx.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${1:-600}
connections=${2:-16}
port=${RD_LOAD_PORT:-5199}
base="http://127.0.0.1:$port"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

work=$(mktemp -d /tmp/reformdesk-load.XXXXXX)
echo "Working folder: $work"
dotnet build -c Release src/ReformDesk.Web -v q -nologo >/dev/null
dotnet build -c Release bench/ReformDesk.Bench -v q -nologo >/dev/null

export ASPNETCORE_ENVIRONMENT=Production Demo__Enabled=true Urls="$base" Reminders__Enabled=false
export Database__ConnectionString="Data Source=$work/load.db" DataProtection__KeysFolder="$work/keys"
export ReverseProxy__KnownProxies__0=127.0.0.1
(cd src/ReformDesk.Web && exec dotnet bin/Release/net10.0/ReformDesk.Web.dll) >"$work/server.log" 2>&1 &
server=$!
cleanup() { kill "$server" "${sampler:-}" "${importer:-}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 1 300); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/health" >/dev/null || { echo "the server did not start"; tail -30 "$work/server.log"; exit 1; }

# Signs in and leaves the cookie in the jar: token from the login page, then the form post.
signin() {
  local jar=$1 user=$2 token
  token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "UserName=$user" --data-urlencode "Password=ReformDesk@2026" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/Account/Login"
  grep -q 'rd_auth' "$jar" || { echo "sign-in as $user failed"; exit 1; }
}
signin "$work/chairman.jar" chutich.viethoa
signin "$work/desk.jar" motcua.viethoa
cookie=$(awk '$6 == "rd_auth" {printf "%s=%s; ", $6, $7}' "$work/chairman.jar")

# Imports through the page, one after another, for the whole run: by default the same 20,000-row log every time (the
# import updates the same dossiers, so the data does not grow and memory should stay flat); RD_LOAD_GROW=1 sends a fresh
# log each time (the data grows by 20,000 dossiers per import).
import_loop() {
  local i=0 token prefix
  while true; do
    i=$((i + 1))
    prefix=L1; [ "${RD_LOAD_GROW:-0}" = 1 ] && prefix="L$i"
    [ -f "$work/log-$prefix.csv" ] || dotnet bench/ReformDesk.Bench/bin/Release/net10.0/ReformDesk.Bench.dll csv 20000 "$prefix" "$work/log-$prefix.csv" >/dev/null
    token=$(curl -s -b "$work/desk.jar" -c "$work/desk.jar" "$base/Dossiers/Import" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
    curl -s -o "$work/preview.html" -b "$work/desk.jar" -c "$work/desk.jar" -F "__RequestVerificationToken=$token" \
      -F "SourceName=Hệ thống TTHC tỉnh" -F "upload=@$work/log-$prefix.csv;type=text/csv" "$base/Dossiers/Import?handler=Preview"
    python3 - "$work/preview.html" "$work/import-form.txt" <<'PY'
import html, re, sys
page = open(sys.argv[1], encoding="utf-8").read()
fields = {m.group(1): html.unescape(m.group(2)) for m in re.finditer(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)}
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for k in ("__RequestVerificationToken", "SourceName", "FileName", "Payload"):
        f.write(k + "=" + __import__("urllib.parse").parse.quote(fields.get(k, "")) + "&")
PY
    curl -s -o /dev/null -w "import $i: %{http_code}\n" -b "$work/desk.jar" -c "$work/desk.jar" --data-binary "@$work/import-form.txt" \
      -H "Content-Type: application/x-www-form-urlencoded" "$base/Dossiers/Import?handler=Import" >>"$work/imports.log"
    sleep 20
  done
}
import_loop & importer=$!

# Memory: the server's resident set every 10 s.
( while kill -0 "$server" 2>/dev/null; do echo "$(date +%s) $(ps -o rss= -p "$server")"; sleep 10; done ) >"$work/rss.log" & sampler=$!

# A citizen's link from a receipt's QR code (code + lookup key).
lookup=$(sqlite3 -separator '&khoa=' "$work/load.db" "SELECT Code, LookupKey FROM Dossiers WHERE LookupKey IS NOT NULL LIMIT 1")
[ -n "$lookup" ] || { echo "no dossier with a lookup key"; exit 1; }
export RD_LOAD_COOKIE="$cookie"
export RD_LOAD_PATHS="/ /Plans /Plans/Due /Dossiers /Dossiers/Dashboard /Dossiers/AtRisk /Targets /Emulation/Movements /api/dossiers/indicators?year=2026 /tra-cuu /tra-cuu?ma=$lookup"
echo "wrk: $duration s, $connections connections, paths: $RD_LOAD_PATHS"
wrk -t2 -c"$connections" -d"${duration}s" --timeout 30s -s scripts/load-test.lua "$base" | tee "$work/wrk.txt"

echo "Imports:"; cat "$work/imports.log" 2>/dev/null || true
echo "Server resident memory (MB) every 10 s:"
awk '{printf "%d ", $2/1024} END {print ""}' "$work/rss.log"
fivexx=$(grep -o ' 5[0-9][0-9]=[0-9]*' "$work/wrk.txt" | awk -F= '{s+=$2} END {print s+0}')
errors=$(grep -o 'errors_[a-z]*=[0-9]*' "$work/wrk.txt" | grep -v errors_status | awk -F= '{s+=$2} END {print s+0}')
echo "5xx responses: $fivexx; socket errors: $errors"
[ "$fivexx" -eq 0 ] && [ "$errors" -eq 0 ]
