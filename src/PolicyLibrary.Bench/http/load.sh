#!/usr/bin/env bash
# HTTP load of a document page with its interpretation, against nginx serving the same bytes as a static file, plus
# the web process's cold start and resident memory. Loopback only; every run is bounded in time.
#
#   bash src/PolicyLibrary.Bench/http/load.sh /tmp/bench100k.db        # a database made by `PolicyLibrary.Bench import`
#   bash src/PolicyLibrary.Bench/http/load.sh 'Host=127.0.0.1;Port=55413;Username=postgres;Database=bench100k'   # on PostgreSQL
#
# The site is published first, as it is deployed: for this platform, ReadyToRun (see PolicyLibrary.Web.csproj).
# The floor for the cold start is an empty ASP.NET Core app (one endpoint answering 200 at /), written to a temporary
# folder, published the same way and started in the same run, alternately with the site.
# Needs wrk and nginx (Debian: apt-get install -y wrk nginx-light). Environment: CONNECTIONS (64), SECONDS_PER_RUN (15),
# PORT_BASE (the site, nginx and the empty app listen on PORT_BASE, +1, +2; free ports if unset).
set -euo pipefail
# A connection string (Host=…) is a PostgreSQL database; anything else a SQLite file.
if [[ $1 == Host=* ]]; then provider=PostgreSql; connection=$1; else provider=Sqlite; connection="Data Source=$(realpath "$1")"; fi
connections=${CONNECTIONS:-64}
seconds=${SECONDS_PER_RUN:-15}
here=$(cd "$(dirname "$0")/../../.." && pwd)
source "$here/src/PolicyLibrary.Bench/http/common.sh"
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: apt-get install -y wrk nginx-light" >&2; exit 1; }
case "$(uname -m)" in aarch64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac

work=$(mktemp -d)
published="$work/published"
dotnet publish "$here/src/PolicyLibrary.Web" -c Release -r "$rid" --self-contained false -o "$published" -v q -nologo >/dev/null
web="$published/PolicyLibrary.Web.dll"
# The empty app: the Web SDK's defaults and this project's GC settings, nothing else.
mkdir -p "$work/empty"
cat >"$work/empty/EmptySite.csproj" <<'PROJ'
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <ServerGarbageCollection>false</ServerGarbageCollection>
    <ConcurrentGarbageCollection>false</ConcurrentGarbageCollection>
    <PublishReadyToRun>true</PublishReadyToRun>
  </PropertyGroup>
</Project>
PROJ
cat >"$work/empty/Program.cs" <<'CS'
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "ok");
app.Run();
CS
cp "$here/global.json" "$work/empty/global.json"   # the same SDK as the site
dotnet publish "$work/empty" -c Release -r "$rid" --self-contained false -o "$work/empty-published" -v q -nologo >/dev/null
if [ -n "${PORT_BASE:-}" ]; then
  site_port=$PORT_BASE; nginx_port=$((PORT_BASE + 1)); empty_port=$((PORT_BASE + 2))
else
  site_port=$(free_port); nginx_port=$(free_port); empty_port=$(free_port)
fi
site_pid=""; nginx_started=""; empty_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -n "$empty_pid" ] && kill "$empty_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -e "$work/logs/nginx-error.log" -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Cold start: from launching the process to the first 200 of the home page. The first start of a new data folder also
# creates the data-protection keys; the restarts after it are what an installed site does, and the figure reported.
start_site() {
  local start; start=$(date +%s%N)
  PolicyLibrary__Database=$provider ConnectionStrings__PolicyLibrary="$connection" PolicyLibrary__DataPath="$work/data" \
    PolicyLibrary__Admin__Password='Bench-Admin-Passw0rd!' ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$web" --urls "http://127.0.0.1:$site_port" >>"$work/site.log" 2>&1 &
  site_pid=$!
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$site_port/")" = 200 ]; then break; fi
    sleep 0.01
  done
  cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop_site() { kill "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""; }
start_empty() {
  local start; start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    dotnet "$work/empty-published/EmptySite.dll" --urls "http://127.0.0.1:$empty_port" >>"$work/empty.log" 2>&1 &
  empty_pid=$!
  for _ in $(seq 1 3000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$empty_port/")" = 200 ]; then break; fi
    sleep 0.01
  done
  empty_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$empty_pid"; wait "$empty_pid" 2>/dev/null || true; empty_pid=""
}
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
start_site; first_ms=$cold_ms; stop_site
start_empty   # its first start too: the files into the page cache, as the site's first start did for the site
# Alternately, so that the machine's load at the time weighs on both alike.
restarts=(); empties=()
for i in 1 2 3 4 5; do
  start_empty; empties+=("$empty_ms")
  start_site; restarts+=("$cold_ms"); if [ "$i" -lt 5 ]; then stop_site; fi
done
cold_median=$(median "${restarts[@]}")
empty_median=$(median "${empties[@]}")

fetch_page "http://127.0.0.1:$site_port"
write_nginx_conf "$nginx_port"
nginx -e "$work/logs/nginx-error.log" -p "$work" -c "$work/nginx.conf"; nginx_started=1

wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$site_port$path" >/dev/null   # warm-up: JIT and output cache
run "http://127.0.0.1:$nginx_port$path" nginx
run "http://127.0.0.1:$site_port$path" site
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$site_pid/status")
hwm_kb=$(awk '/VmHWM/ {print $2}' "/proc/$site_pid/status")
errors=$(grep -h -E "Non-2xx|Socket errors" "$work/site.txt" || true)

echo "page: $path ($bytes bytes), $connections connections, ${seconds}s per run, wrk -t2 on 127.0.0.1"
printf '%-8s %12s %10s\n' server "req/s" "p99"
printf '%-8s %12s %10s\n' nginx "$(rps nginx)" "$(p99 nginx)"
printf '%-8s %12s %10s\n' site "$(rps site)" "$(p99 site)"
python3 -c "print(f'site/nginx: {float(\"$(rps site)\")/float(\"$(rps nginx)\"):.2f}')"
[ -n "$errors" ] && echo "site errors: $errors"
echo "cold start to first 200 of /: median ${cold_median} ms of restarts (${restarts[*]} ms); first start of a new data folder ${first_ms} ms"
echo "empty ASP.NET Core app, same publish: median ${empty_median} ms (${empties[*]} ms)"
python3 -c "print(f'cold start site/empty: {$cold_median/$empty_median:.2f}')"
echo "web process after the load: RSS $((rss_kb / 1024)) MB, peak (VmHWM) $((hwm_kb / 1024)) MB"
