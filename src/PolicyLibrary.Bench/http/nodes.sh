#!/usr/bin/env bash
# Two site processes on one PostgreSQL database behind nginx (docs/deploy/policylibrary.nginx.conf), in one run:
# the document page with wrk through nginx to 1 node and to 2 nodes, against nginx serving the same bytes as a static
# file; then the check-in burst (`PolicyLibrary.Bench checkin-burst`) of STAFF people spread over both nodes.
# Loopback only; every load is bounded in time; everything started here is stopped on exit.
#
#   bash src/PolicyLibrary.Bench/http/nodes.sh                      # a throwaway PostgreSQL cluster, removed on exit
#   bash src/PolicyLibrary.Bench/http/nodes.sh 'Host=127.0.0.1;Port=55432;Username=postgres;Database=nodesbench'
#
# With a connection string the database is kept (it must exist; the first start seeds it), and so are its staff and
# its Data Protection keys: BENCH_COOKIES=FILE then lets a second run reuse the signed-in staff of the first and skip
# the minutes of password hashing. The nodes run as deployed (ReadyToRun publish, Production), with the settings of
# docs/deploy: shared media folder, 127.0.0.1 as known proxy, background work off on node B.
# Needs wrk, nginx and PostgreSQL 15 (Debian: apt-get install -y wrk nginx-light postgresql).
# Environment: STAFF (1000; 0 skips the burst), CONNECTIONS (64), SECONDS_PER_RUN (15), ROUNDS (2: static, 1 node,
# 2 nodes, each node directly, then again, so that the machine's load at the time weighs on all alike), BURSTS (2: the
# first imports and signs in the staff, the next ones reuse them through BENCH_COOKIES, each on a new session, so they
# measure the burst without the hashing just before it), BENCH_COOKIES, LOGS (a folder to copy the nodes' and nginx's
# logs to before they are removed).
set -euo pipefail
staff=${STAFF:-1000}
connections=${CONNECTIONS:-64}
seconds=${SECONDS_PER_RUN:-15}
rounds=${ROUNDS:-2}
bursts=${BURSTS:-2}
admin_password='Bench-Admin-Passw0rd!'
pg_bin=/usr/lib/postgresql/15/bin
here=$(cd "$(dirname "$0")/../../.." && pwd)
source "$here/src/PolicyLibrary.Bench/http/common.sh"
for tool in wrk nginx "$pg_bin/initdb"; do
  command -v "$tool" >/dev/null || { echo "needs wrk, nginx and postgresql: apt-get install -y wrk nginx-light postgresql" >&2; exit 1; }
done
case "$(uname -m)" in aarch64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

work=$(mktemp -d)
chmod 755 "$work"   # the postgres user reaches its cluster below
pg_started=""; a_pid=""; b_pid=""; nginx_started=""
cleanup() {
  [ -n "$a_pid" ] && kill "$a_pid" 2>/dev/null || true
  [ -n "$b_pid" ] && kill "$b_pid" 2>/dev/null || true
  [ -n "$nginx_started" ] && nginx -e "$work/logs/nginx-error.log" -p "$work" -c "$work/nginx.conf" -s stop 2>/dev/null || true
  [ -n "$a_pid" ] && wait "$a_pid" 2>/dev/null || true
  [ -n "$b_pid" ] && wait "$b_pid" 2>/dev/null || true
  [ -n "${LOGS:-}" ] && mkdir -p "$LOGS" && cp -r "$work/logs/." "$LOGS/" 2>/dev/null || true
  [ -n "$pg_started" ] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# The database: a cluster of its own, as .ci/test makes one (C.UTF-8; fsync off, since it lives for one run).
if [ $# -ge 1 ]; then
  connection=$1
else
  pg_port=$(free_port)
  mkdir -p "$work/pg/data" "$work/pg/socket"
  [[ $(id -u) -eq 0 ]] && chown -R postgres "$work/pg"
  as_postgres "$pg_bin/initdb" -D "$work/pg/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$pg_bin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
    -o "-p $pg_port -k $work/pg/socket -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  pg_started=1
  as_postgres "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres -E UTF8 --locale=C.UTF-8 -T template0 policylibrary
  connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=policylibrary"
fi

# Published once, as deployed; the bench is built beside it.
dotnet publish "$here/src/PolicyLibrary.Web" -c Release -r "$rid" --self-contained false -o "$work/published" -v q -nologo >/dev/null
dotnet build "$here/src/PolicyLibrary.Bench" -c Release -v q -nologo >/dev/null
bench="$here/src/PolicyLibrary.Bench/bin/Release/net10.0/PolicyLibrary.Bench"

a_port=$(free_port); b_port=$(free_port); static_port=$(free_port); one_port=$(free_port); two_port=$(free_port)
mkdir -p "$work/media" "$work/a" "$work/b" "$work/logs" "$work/tmp" "$work/www/documents"
# A node: its own data folder, the settings every node shares (docs/deploy/policylibrary@.service), and its own extras.
start_node() {
  local name=$1 port=$2; shift 2
  env PolicyLibrary__Database=PostgreSql ConnectionStrings__PolicyLibrary="$connection" PolicyLibrary__DataPath="$work/$name" \
    PolicyLibrary__MediaPath="$work/media" PolicyLibrary__KnownProxies__0=127.0.0.1 PolicyLibrary__ContentPath="$here/content" \
    PolicyLibrary__Admin__Password="$admin_password" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
    dotnet "$work/published/PolicyLibrary.Web.dll" --urls "http://127.0.0.1:$port" >>"$work/logs/$name.log" 2>&1 &
}
wait_healthy() {
  local name=$1 port=$2
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = 200 ] && return 0
    sleep 0.1
  done
  echo "node $name did not become healthy:" >&2; tail -n 40 "$work/logs/$name.log" >&2; exit 1
}
# Started together: one migrates and seeds under the advisory lock, the other waits for it.
start_node a "$a_port"; a_pid=$!
start_node b "$b_port" PolicyLibrary__BackgroundWork=false; b_pid=$!
wait_healthy a "$a_port"; wait_healthy b "$b_port"

# The page, and its bytes for nginx-static.
fetch_page "http://127.0.0.1:$a_port"

# nginx: the documented upstream as it is (both nodes), the same file with only node A, and the static server.
deploy="$here/docs/deploy/policylibrary.nginx.conf"
sed -e "s/127.0.0.1:5081/127.0.0.1:$a_port/" -e "s/127.0.0.1:5082/127.0.0.1:$b_port/" -e "s/listen 80;/listen 127.0.0.1:$two_port;/" \
  "$deploy" >"$work/two.conf"
sed -e "/127.0.0.1:5082/d" -e "s/127.0.0.1:5081/127.0.0.1:$a_port/" -e "s/listen 80;/listen 127.0.0.1:$one_port;/" \
  -e "s/upstream policylibrary {/upstream policylibrary_one {/" -e "s#proxy_pass http://policylibrary;#proxy_pass http://policylibrary_one;#" \
  "$deploy" >"$work/one.conf"
grep -q "127.0.0.1:$b_port" "$work/two.conf" && grep -q "policylibrary_one;" "$work/one.conf" \
  || { echo "docs/deploy/policylibrary.nginx.conf no longer has the lines this script replaces" >&2; exit 1; }
write_nginx_conf "$static_port" "include $work/one.conf;" "include $work/two.conf;"
nginx -e "$work/logs/nginx-error.log" -p "$work" -c "$work/nginx.conf"; nginx_started=1

errors() { grep -h -E "Non-2xx|Socket errors" "$work/$1.txt" | tr -s ' ' | paste -sd ';' || true; }
# Warm-up: the JIT and each node's output cache (nginx→2 nodes reaches both).
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$two_port$path" >/dev/null
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for r in $(seq 1 "$rounds"); do
  run "http://127.0.0.1:$static_port$path" "static$r"
  run "http://127.0.0.1:$one_port$path" "one$r"
  run "http://127.0.0.1:$two_port$path" "two$r"
  run "http://127.0.0.1:$a_port$path" "a$r"
  run "http://127.0.0.1:$b_port$path" "b$r"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

burst_status=0
for n in $(seq 1 "$bursts"); do
  [ "$staff" -gt 0 ] || break
  burst_load[$n]=$(cut -d' ' -f1-3 /proc/loadavg)
  BENCH_COOKIES="${BENCH_COOKIES:-$work/cookies.json}" BENCH_ADMIN_PASSWORD="$admin_password" \
    "$bench" checkin-burst "http://127.0.0.1:$a_port,http://127.0.0.1:$b_port" "$staff" | tee "$work/burst$n.txt" || burst_status=$?
  burst_load[$n]="${burst_load[$n]}; after: $(cut -d' ' -f1-3 /proc/loadavg)"
done

echo
echo "page: $path ($bytes bytes), $connections connections, ${seconds}s per run, wrk -t2 on 127.0.0.1; $(nproc) cores"
echo "load average (1/5/15 min) before the page runs: $load_before; after: $load_after"
printf '%-24s %12s %10s  %s\n' server "req/s" "p99" "errors"
for r in $(seq 1 "$rounds"); do
  printf '%-24s %12s %10s  %s\n' "nginx-static, round $r" "$(rps "static$r")" "$(p99 "static$r")" "$(errors "static$r")"
  printf '%-24s %12s %10s  %s\n' "nginx->1 node, round $r" "$(rps "one$r")" "$(p99 "one$r")" "$(errors "one$r")"
  printf '%-24s %12s %10s  %s\n' "nginx->2 nodes, round $r" "$(rps "two$r")" "$(p99 "two$r")" "$(errors "two$r")"
  printf '%-24s %12s %10s  %s\n' "node A direct, round $r" "$(rps "a$r")" "$(p99 "a$r")" "$(errors "a$r")"
  printf '%-24s %12s %10s  %s\n' "node B direct, round $r" "$(rps "b$r")" "$(p99 "b$r")" "$(errors "b$r")"
  python3 -c "print(f'round $r: 1 node/static {float(\"$(rps "one$r")\")/float(\"$(rps "static$r")\"):.2f}, 2 nodes/static {float(\"$(rps "two$r")\")/float(\"$(rps "static$r")\"):.2f}')"
done
for n in $(seq 1 "$bursts"); do
  [ "$staff" -gt 0 ] || break
  echo "check-in burst $n, $staff staff over 2 nodes; load average before: ${burst_load[$n]}"
  grep -E "^(reusing|imported|signed|burst|lost|duplicated|latency)" "$work/burst$n.txt"
done
# EF logs its probe of __EFMigrationsHistory on a new database as a failed command; anything else is worth reading.
for name in a b; do
  if grep -q -E "^fail|Exception" "$work/logs/$name.log"; then echo "node $name logged:"; grep -A 3 -E "^fail|Exception" "$work/logs/$name.log" | head -n 24; fi
done
exit "$burst_status"
