# What load.sh and nodes.sh share, sourced by both: free ports, the page they load, nginx's configuration, wrk.
# Both set `work` (their temporary folder), `connections` and `seconds` before using these.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The page to load: a published document that has a published interpretation, found through the public API of the site
# at $1 (http://127.0.0.1:PORT); its bytes are saved under $work/www for nginx-static. Sets `path` and `bytes`.
fetch_page() {
  local site=$1 slug
  slug=$(curl -s "$site/api/v1/interpretations?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["documentSlug"])')
  path="/documents/$slug"
  mkdir -p "$work/www/documents"
  curl -s -o "$work/www/documents/$slug" "$site$path"
  bytes=$(stat -c %s "$work/www/documents/$slug")
}

# $work/nginx.conf: nginx-static on port $1 serving $work/www, errors to $work/logs/nginx-error.log, and any further
# lines given (include …) inside http {}.
write_nginx_conf() {
  local static_port=$1; shift
  mkdir -p "$work/tmp" "$work/logs"
  {
    cat <<CONF
worker_processes auto;
error_log $work/logs/nginx-error.log;
pid $work/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp; uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  default_type text/html;
  server { listen 127.0.0.1:$static_port; root $work/www; }
CONF
    for line in "$@"; do echo "  $line"; done
    echo "}"
  } >"$work/nginx.conf"
}

# One bounded wrk run against URL $1, kept as $work/$2.txt; then its figures.
run() { wrk -t2 -c"$connections" -d"${seconds}s" --latency "$1" >"$work/$2.txt"; }
rps() { awk '/Requests\/sec/ {print $2}' "$work/$1.txt"; }
p99() { awk '$1=="99%" {print $2}' "$work/$1.txt"; }
