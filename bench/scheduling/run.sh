#!/usr/bin/env bash
# Scheduling benchmark: solver (SG12-sized and 3GPP-sized instances) and room-display load.
# Usage: bench/scheduling/run.sh [--quick]     (--quick: 12 s solver runs and fewer requests, a smoke run)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Pbench -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
exec java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.plenary.scheduling.bench.SchedulingBenchmark "$@"
