#!/usr/bin/env bash
# Public reads next to static files: starts the packaged application (own data directory, demo data),
# saves each public page and JSON with curl, serves the saved bytes with nginx on a private loopback
# port, and loads both with wrk in the same run. Prints path, Plenary req/s, nginx req/s and the ratio.
# Usage: bench/reads/run.sh [--no-build]
# Environment: BENCH_DURATION (wrk seconds per path, default 10s), BENCH_CONNECTIONS (default 100),
#              BENCH_JAR (a jar to run instead of building), BENCH_THREADS (default 2), BENCH_START_TIMEOUT (seconds, default 600),
#              BENCH_KEEP=1 keeps the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

for tool in java curl wrk nginx python3; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || {
    echo "needs $tool (Debian: apt-get install wrk nginx-light curl python3)" >&2; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-100}
THREADS=${BENCH_THREADS:-2}
START_TIMEOUT=${BENCH_START_TIMEOUT:-600}
CODE=SG12-2026-06
SCREEN=montbrillant-lobby

if [ -n "${BENCH_JAR:-}" ]; then
  JAR=$BENCH_JAR
else
  if [ "${1:-}" != "--no-build" ]; then
    ./mvnw -q -B -o package -DskipTests
  fi
  JAR=$(ls target/plenary-*.jar | grep -v '\.original$' | head -1)
fi

WORK=$(mktemp -d /tmp/plenary-bench-reads.XXXXXX)
APP_PID=""
NGINX_PID=""
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
APP_PORT=$(free_port)
NGINX_PORT=$(free_port)

echo "starting $JAR on 127.0.0.1:$APP_PORT (data in $WORK/data)" >&2
java -Xmx1g -jar "$JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 \
  --plenary.data-dir="$WORK/data" --plenary.demo-data=true --plenary.base-url="http://127.0.0.1:$APP_PORT" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 $((START_TIMEOUT * 2))); do
  if grep -q "Started .* in" "$WORK/app.log" && curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; then
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$WORK/app.log" >&2; exit 1; fi
  sleep 0.5
done
grep -q "Started .* in" "$WORK/app.log" || { echo "no start within $START_TIMEOUT s" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
echo "$(grep -o 'Started .* in [0-9.]* seconds' "$WORK/app.log") (fresh data directory)" >&2

# name|path (the name is the saved file's name, served by nginx)
PATHS=(
  "meeting.html|/meetings/$CODE"
  "agenda.html|/meetings/$CODE/agenda"
  "time-plan.html|/meetings/$CODE/time-plan"
  "sessions.json|/api/v1/meetings/$CODE/sessions"
  "display.html|/display/$SCREEN"
  "board.html|/display/$SCREEN/board"
)

mkdir -p "$WORK/www" "$WORK/nginx/logs" "$WORK/nginx/tmp"
chmod 755 "$WORK" "$WORK/www" # nginx's workers run as an unprivileged user when started by root
for entry in "${PATHS[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  code=$(curl -s -o "$WORK/www/$name" -D "$WORK/www/$name.headers" -w '%{http_code}' "http://127.0.0.1:$APP_PORT$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
done

cat > "$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  types { text/html html; application/json json; }
  sendfile on;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
  }
}
EOF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" 2>"$WORK/nginx/stderr" &
NGINX_PID=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/meeting.html" && break
  sleep 0.1
done

# requests/s from wrk's summary; non-2xx/3xx answers are reported, not counted as a success
rate() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s "$1")
  if grep -q "Non-2xx" <<<"$out"; then
    echo "warning: $(grep 'Non-2xx' <<<"$out" | xargs) on $1" >&2
  fi
  if grep -q "Socket errors" <<<"$out"; then # timeouts: answers slower than 10 s are not counted
    echo "warning: $(grep 'Socket errors' <<<"$out" | xargs) on $1" >&2
  fi
  awk '/Requests\/sec/ {print $2}' <<<"$out"
}

echo "warming up (3 s per path)" >&2
for entry in "${PATHS[@]}"; do
  path=${entry#*|}
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s --timeout 10s "http://127.0.0.1:$APP_PORT$path" > /dev/null
done

printf '%-44s %8s %14s %12s %8s\n' path bytes "Plenary req/s" "nginx req/s" ratio
for entry in "${PATHS[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  app=$(rate "http://127.0.0.1:$APP_PORT$path")
  static=$(rate "http://127.0.0.1:$NGINX_PORT/$name")
  ratio=$(awk -v a="$app" -v b="$static" 'BEGIN { printf (b > 0 ? "%.3f" : "n/a"), a / b }')
  printf '%-44s %8s %14s %12s %8s\n' "$path" "$(stat -c %s "$WORK/www/$name")" "$app" "$static" "$ratio"
done
grep -i -E '^(set-cookie|cache-control|etag|last-modified):' "$WORK"/www/*.headers | sed "s|$WORK/www/||" >&2 || true
