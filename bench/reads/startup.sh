#!/usr/bin/env bash
# Start-up times to "Started": a fresh data directory (bundled PostgreSQL initdb, Flyway, demo data), then a
# restart on the same directory; then the same two with class-data sharing (the jar extracted with Spring
# Boot's jarmode tools, a CDS archive written by a training run that stops after the context refresh).
# Usage: bench/reads/startup.sh [--no-build]     Environment: BENCH_JAR (a jar to use instead of building)
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${BENCH_JAR:-}" ]; then
  JAR=$BENCH_JAR
else
  if [ "${1:-}" != "--no-build" ]; then
    ./mvnw -q -B -o package -DskipTests
  fi
  JAR=$(ls target/plenary-*.jar | grep -v '\.original$' | head -1)
fi
WORK=$(mktemp -d /tmp/plenary-bench-startup.XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# start_once LABEL DATA_DIR JAVA_ARGS...: prints Spring's own "Started ... in N seconds" figure, then stops the app
start_once() {
  local label=$1 data=$2; shift 2
  local log="$WORK/$label.log"
  java -Xmx1g "$@" --server.port="$(free_port)" --server.address=127.0.0.1 --plenary.data-dir="$data" \
    --plenary.demo-data=true > "$log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    grep -q "Started .* in" "$log" && break
    kill -0 "$PID" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
    sleep 0.5
  done
  printf '%-28s %s\n' "$label" "$(grep -o 'Started .* in [0-9.]* seconds' "$log" | sed 's/.* in //')"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}

echo "start-up to \"Started\" ($(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg))"
start_once "fresh data directory" "$WORK/data" -jar "$JAR"
start_once "restart" "$WORK/data" -jar "$JAR"

java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP="$WORK/app/$(basename "$JAR")"
java -Xmx1g -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
  --server.port="$(free_port)" --plenary.data-dir="$WORK/training" --plenary.demo-data=false > "$WORK/training.log" 2>&1 || true
[ -f "$WORK/app.jsa" ] || { echo "no CDS archive written" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
start_once "fresh, CDS" "$WORK/data-cds" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$APP"
start_once "restart, CDS" "$WORK/data-cds" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$APP"
