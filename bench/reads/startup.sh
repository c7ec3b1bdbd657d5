#!/usr/bin/env bash
# Start-up times: a fresh data directory (bundled PostgreSQL initdb, Flyway, demo data), then a restart on
# the same directory; each as the packaged jar, as the jar extracted with Spring Boot's jarmode tools, and
# extracted with a class-data-sharing archive (written by a training run that stops after the context refresh).
# Per start it prints Spring's own "Started ... in N seconds", the wall time from launch until the readiness
# probe answers UP (demo data loaded, the application serving), and the CPU seconds (user + sys) the JVM spent
# until "Started": on a loaded machine the CPU figure moves much less than the wall times.
# Usage: bench/reads/startup.sh [--no-build]
# Environment: BENCH_JAR (a jar to use instead of building), BENCH_RUNS (starts per case, default 3),
# BENCH_CASES (default "jar extracted cds")
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
bench_jar "${1:-}"
RUNS=${BENCH_RUNS:-3}
CASES=${BENCH_CASES:-jar extracted cds}
TICK=$(getconf CLK_TCK)
WORK=$(mktemp -d /tmp/plenary-bench-startup.XXXXXX)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# start_once LABEL DATA_DIR JAVA_ARGS...: one start; prints its figures, then stops the application
start_once() {
  local label=$1 data=$2; shift 2
  local log="$WORK/start.log" port started cpu ready t0
  port=$(free_port)
  t0=$(date +%s.%N)
  java -Xmx1g "$@" --server.port="$port" --server.address=127.0.0.1 --plenary.data-dir="$data" \
    --plenary.demo-data=true > "$log" 2>&1 &
  PID=$!
  cpu=""
  for _ in $(seq 1 6000); do
    if [ -z "$cpu" ] && grep -q "Started .* in" "$log"; then
      cpu=$(awk -v t="$TICK" '{printf "%.1f", ($14 + $15) / t}' "/proc/$PID/stat")
    fi
    if [ -n "$cpu" ] && curl -sf "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; then
      break
    fi
    kill -0 "$PID" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
    sleep 0.1
  done
  ready=$(echo "$(date +%s.%N) - $t0" | bc)
  started=$(grep -o 'Started .* in [0-9.]* seconds' "$log" | sed 's/.* in //; s/ seconds//')
  printf '%-22s %10.1f %10.1f %10s   (load %s)\n' "$label" "$started" "$ready" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
}

java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP="$WORK/app/$(basename "$JAR")"
case_args() {
  case $1 in
    jar) echo "-jar $JAR" ;;
    extracted) echo "-jar $APP" ;;
    cds) echo "-XX:SharedArchiveFile=$WORK/app.jsa -jar $APP" ;;
  esac
}
if [[ " $CASES " == *" cds "* ]]; then
  java -Xmx1g -XX:ArchiveClassesAtExit="$WORK/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
    --server.port="$(free_port)" --plenary.data-dir="$WORK/training" --plenary.demo-data=false > "$WORK/training.log" 2>&1 || true
  [ -f "$WORK/app.jsa" ] || { echo "no CDS archive written" >&2; tail -20 "$WORK/training.log" >&2; exit 1; }
  # the training run stops after the refresh without closing its context, so its bundled PostgreSQL is
  # still running: stop it (SIGINT, PostgreSQL's fast shutdown) before its directory goes
  if [ -f "$WORK/training/postgres/postmaster.pid" ]; then
    kill -INT "$(head -1 "$WORK/training/postgres/postmaster.pid")" 2>/dev/null || true
  fi
fi

echo "$(basename "$JAR"), $(nproc) cores, $RUNS starts per case"
printf '%-22s %10s %10s %10s\n' "case" "Started s" "ready s" "CPU s"
for c in $CASES; do
  for i in $(seq 1 "$RUNS"); do
    # shellcheck disable=SC2046
    start_once "$c, fresh" "$WORK/data-$c-$i" $(case_args "$c")
    # shellcheck disable=SC2046
    start_once "$c, restart" "$WORK/data-$c-$i" $(case_args "$c")
  done
done
