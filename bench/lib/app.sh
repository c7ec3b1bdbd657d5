# Shared by every bench/*/run.sh (sourced, not run): starts the packaged
# jar on a private loopback port with its own data directory (durable PostgreSQL: fsync and
# synchronous_commit on, the default), points psql/pgbench at the same bundled PostgreSQL, and
# creates a meeting open for registration and submissions through the API as the secretariat.
# Expects: set -euo pipefail.

ADMIN_EMAIL=secretariat@plenary.local
ADMIN_PASSWORD=bench-admin-$$-password
APP_PID=""
APP_PORT=""

bench_require() {
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || {
      echo "needs $tool (Debian: apt-get install wrk postgresql-client curl python3 gcc libpq-dev)" >&2; exit 1; }
  done
}

# the jar: BENCH_JAR, or the one ./mvnw package builds (skipped with --no-build)
bench_jar() {
  if [ -n "${BENCH_JAR:-}" ]; then
    JAR=$BENCH_JAR
  else
    if [ "${1:-}" != "--no-build" ]; then
      ./mvnw -q -B -o package -DskipTests
    fi
    JAR=$(ls target/plenary-*.jar | grep -v '\.original$' | head -1)
  fi
}

# bench_workdir NAME: a temporary directory in WORK, removed with the application's stop at exit
bench_workdir() {
  WORK=$(mktemp -d "/tmp/plenary-bench-$1.XXXXXX")
  trap bench_cleanup EXIT
}

bench_cleanup() {
  [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null || true
  stop_app
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$WORK"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# starts the jar with BENCH_JAVA_OPTS (e.g. a JFR recording) and waits for readiness
start_app() {
  APP_PORT=$(free_port)
  echo "starting $JAR on 127.0.0.1:$APP_PORT (data in $WORK/data)" >&2
  # shellcheck disable=SC2086
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$APP_PORT" --server.address=127.0.0.1 \
    --plenary.data-dir="$WORK/data" --plenary.demo-data=true --plenary.admin.password="$ADMIN_PASSWORD" \
    --plenary.base-url="http://127.0.0.1:$APP_PORT" --logging.level.org.plenary=WARN \
    > "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 $((${BENCH_START_TIMEOUT:-600} * 2))); do
    if curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; then
      break
    fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$WORK/app.log" >&2; exit 1; fi
    sleep 0.5
  done
  curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness" \
    || { echo "no start" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
  # the same bundled PostgreSQL for psql and pgbench: its port in postmaster.pid, its generated password
  export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres
  PGPORT=$(sed -n 4p "$WORK/data/postgres/postmaster.pid")
  PGPASSWORD=$(cat "$WORK/data/postgres.password")
  export PGPORT PGPASSWORD
  [ "$(psql -XAtc 'show fsync')" = on ] || { echo "PostgreSQL runs without fsync" >&2; exit 1; }
}

stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
  fi
}

# api METHOD PATH [JSON]: as the secretariat (HTTP Basic, the bootstrap account), prints the answer
api() {
  curl -sf -u "$ADMIN_EMAIL:$ADMIN_PASSWORD" -X "$1" -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "http://127.0.0.1:$APP_PORT/api/v1$2"
}

# create_meeting CODE: a copy of the demo meeting's details, 120 days from today, so that every
# deadline (pre-registration, contributions, TDs) is open
create_meeting() {
  local first last body
  first=$(date -u -d '+120 days' +%F); last=$(date -u -d '+124 days' +%F)
  body=$(api GET /meetings/SG12-2026-06 | python3 -c '
import json, sys
m = json.load(sys.stdin)
d = {k: m.get(k) for k in ("title", "place", "venue", "openingTime", "registrationTime", "registrationPlace", "chair")}
d.update(firstDay=sys.argv[2], lastDay=sys.argv[3], timeZone=m.get("zone") or "Europe/Zurich",
         contactEmail=(m.get("contact") or {}).get("email"), contactPhone=(m.get("contact") or {}).get("phone"))
print(json.dumps({"code": sys.argv[1], "studyGroup": m["studyGroup"], "details": d}))' "$1" "$first" "$last")
  api POST /meetings "$body" > /dev/null || { echo "could not create meeting $1: $body" >&2; exit 1; }
}

# wrk_summary FILE: "successful req/s, p50, p99" from wrk --latency output (latencies in ms)
wrk_summary() {
  python3 - "$1" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
def ms(s):
    v, u = re.match(r"([0-9.]+)(us|ms|s|m)", s).groups()
    return float(v) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[u]
done, secs = re.search(r"(\d+) requests in ([0-9.]+)(ms|s|m)", t).groups()[:2]
unit = re.search(r"\d+ requests in [0-9.]+(ms|s|m)", t).group(1)
secs = float(secs) * {"ms": 0.001, "s": 1, "m": 60}[unit]
failed = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
rate = (int(done) - (int(failed.group(1)) if failed else 0)) / secs  # successes only
p50 = ms(re.search(r"^\s+50%\s+(\S+)", t, re.M).group(1))
p99 = ms(re.search(r"^\s+99%\s+(\S+)", t, re.M).group(1))
print(f"{float(rate):.1f} {p50:.1f} {p99:.1f}")
EOF
}

# wrk_check FILE: prints wrk's non-2xx and socket errors, which are not counted as successes
wrk_check() {
  grep -E "Non-2xx|Socket errors" "$1" >&2 || true
}

# serve_saved FILE: nginx (Debian's, on a private loopback port NGINX_PORT) serves $WORK/www, the
# saved copies of the application's pages, as the anchor of a read bench; waits until FILE answers
serve_saved() {
  local nginx
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
  NGINX_PORT=$(free_port)
  mkdir -p "$WORK/nginx/logs" "$WORK/nginx/tmp"
  chmod 755 "$WORK" "$WORK/www" # nginx's workers run as an unprivileged user when started by root
  cat > "$WORK/nginx/nginx.conf" <<NGINX
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
NGINX
  "$nginx" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -e "$WORK/nginx/logs/error.log" 2>"$WORK/nginx/stderr" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/$1" && return 0
    sleep 0.1
  done
  echo "nginx did not serve $1" >&2; cat "$WORK/nginx/stderr" >&2; exit 1
}
