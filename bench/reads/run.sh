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

source bench/lib/app.sh
bench_require java curl wrk psql python3
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "needs nginx (Debian: apt-get install nginx-light)" >&2; exit 1; }
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-100}
THREADS=${BENCH_THREADS:-2}
CODE=SG12-2026-06
SCREEN=montbrillant-lobby

bench_jar "${1:-}"
bench_workdir reads
start_app

# name|path (the name is the saved file's name, served by nginx)
PATHS=(
  "meeting.html|/meetings/$CODE"
  "agenda.html|/meetings/$CODE/agenda"
  "time-plan.html|/meetings/$CODE/time-plan"
  "sessions.json|/api/v1/meetings/$CODE/sessions"
  "display.html|/display/$SCREEN"
  "board.html|/display/$SCREEN/board"
)

mkdir -p "$WORK/www"
for entry in "${PATHS[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  code=$(curl -s -o "$WORK/www/$name" -D "$WORK/www/$name.headers" -w '%{http_code}' "http://127.0.0.1:$APP_PORT$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
done

serve_saved meeting.html

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
