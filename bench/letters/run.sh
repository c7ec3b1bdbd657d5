#!/bin/sh
# Times the generated collective letter (PDF and DOCX, six languages) against a bare openhtmltopdf baseline.
# Usage: bench/letters/run.sh   (from the repository root; takes about a minute on 2 cores)
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B -Pbench test -Dtest=CollectiveLetterBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false 2>&1 | grep -E '^(case|baseline|renderer|collective)' || {
  echo "benchmark failed; see target/surefire-reports" >&2; exit 1; }
