#!/usr/bin/env bash
# Issue 16's node benchmark (not part of ./mvnw verify): the built jar as one node, then two nodes
# behind HAProxy, on one PostgreSQL (zonky, pg_stat_statements on), loaded with wrk. Prints requests/s,
# latency, bytes per answer and PostgreSQL statements, transactions and rows per request for the
# meeting page, the sessions JSON and a write (Annex A PUT through the API). See docs/scale.md.
# Usage: bench/nodes/run.sh [secondsPerRun=20] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk /usr/sbin/haproxy; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bench/nodes needs $tool (Debian: apt-get install wrk haproxy)" >&2
    exit 1
  fi
done
./mvnw -q -B -Pbench -DskipTests package
CP_FILE=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
exec java -Xmx512m -Duser.timezone=UTC -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.plenary.NodesBenchmark "$@"
