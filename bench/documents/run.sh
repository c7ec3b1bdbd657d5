#!/usr/bin/env bash
# Deadline rush benchmark for the documents module (not part of ./mvnw verify).
# Usage: bench/documents/run.sh [clients=16] [uploadsPerClient=8]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -Pbench test-compile
CP_FILE=target/bench-classpath.txt
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
exec java -Xmx2g -Duser.timezone=UTC -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.plenary.documents.DeadlineRushBenchmark "$@"
