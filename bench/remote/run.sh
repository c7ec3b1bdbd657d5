#!/bin/sh
# (1) G.107 E-model ratings per second next to the simplified one-line approximation;
# (2) N remote participants raising hands through the API from C clients next to plain JDBC inserts;
# (3) reading the chair's console with N hands next to one plain select. All in one run.
# Usage: bench/remote/run.sh [participants] [clients]
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -Pbench test -Dtest=RemoteBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.participants="${1:-200}" -Dbench.clients="${2:-50}" -Dlogging.level.org.plenary=WARN \
  > target/bench-remote.log 2>&1 || { tail -50 target/bench-remote.log; exit 1; }
cat target/bench/remote.txt
