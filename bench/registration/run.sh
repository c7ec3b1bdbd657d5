#!/bin/sh
# Registers 5,000 delegates from 100 concurrent HTTP clients and prints throughput and p50/p99 latency
# next to a plain-JDBC insert baseline on the same database, measured in the same run.
# Usage: bench/registration/run.sh [delegates] [clients]
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -Pbench test -Dtest=RegistrationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.delegates="${1:-5000}" -Dbench.clients="${2:-100}" -Dplenary.database.durable=true \
  -Dplenary.database.pool-size=20 -Dlogging.level.org.plenary=WARN > target/bench-registration.log 2>&1 \
  || { tail -50 target/bench-registration.log; exit 1; }
cat target/bench/registration.txt
