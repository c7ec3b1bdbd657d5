#!/usr/bin/env bash
# 1 MB uploads over HTTP next to the raw work they cannot avoid, in one run: starts the packaged jar
# (own data directory, durable PostgreSQL, files forced to disk), creates a meeting, a write token for
# the secretariat through POST /api/v1/me/tokens, loads multipart POST /api/v1/meetings/{code}/tds with
# wrk (every upload different bytes), then runs baseline.c at the same concurrency: write 1 MB to a new
# file on the same file system, fsync, insert one row into the same bundled PostgreSQL.
# Prints uploads/s, p50/p99 of both and the ratio (goal >= 0.5). See README.md.
# Usage: bench/documents/run.sh [--no-build]
# Environment: BENCH_DURATION (seconds, default 15), BENCH_CONNECTIONS (default 16), BENCH_THREADS (default 2),
#              BENCH_JAR, BENCH_JAVA_OPTS (e.g. a JFR recording), BENCH_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
bench_require java curl wrk psql python3 gcc

DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
SIZE=$((1024 * 1024))
bench_jar "${1:-}"

bench_workdir documents
gcc -O2 -o "$WORK/baseline" bench/documents/baseline.c -I/usr/include/postgresql -lpq -lpthread
start_app
create_meeting BENCH-WARM
create_meeting BENCH-DOC

# the secretariat's write token, created as a script's owner would: once, with the password
TOKEN=$(api POST /me/tokens '{"name":"deadline rush","scope":"WRITE","expiresInDays":7}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
# a PDF of 1 MB as TestFiles.pdfOfSize makes it; upload.lua makes each request's copy unique
python3 - "$WORK/rush.pdf" "$SIZE" <<'PY'
import random, sys
head = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        b"% BENCH-UNIQUE-000000000000\ntrailer << /Root 1 0 R >>\n%%EOF\n")
pad = bytes(random.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(int(sys.argv[2]) - len(head)))
open(sys.argv[1], "wb").write(head + pad)
PY

load() { # load MEETING SECONDS OUT
  MEETING=$1 TOKEN=$TOKEN FILE=$WORK/rush.pdf \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 60s --latency -s bench/documents/upload.lua \
    "http://127.0.0.1:$APP_PORT" > "$3"
}
echo "warming up (${BENCH_WARMUP:-30} s on another meeting)" >&2
load BENCH-WARM "${BENCH_WARMUP:-30}" "$WORK/warm.txt"
load BENCH-DOC "$DURATION" "$WORK/http.txt"
wrk_check "$WORK/http.txt"
stored=$(psql -XAtc "select count(*) from documents_document d join meetings_meeting m on m.id = d.meeting_id where m.code = 'BENCH-DOC'")

# the baseline writes beside the application's documents, on the same file system
mkdir -p "$WORK/data/bench-baseline"
psql -Xqc 'create table bench_baseline (id bigserial primary key, path text not null, size bigint not null)'
read -r base bp50 bp99 < <("$WORK/baseline" "$WORK/data/bench-baseline" "$DURATION" "$CONNECTIONS" "$SIZE")
read -r app p50 p99 < <(wrk_summary "$WORK/http.txt")

printf '1 MB uploads over HTTP vs write + fsync + insert, %s connections, %s s each, %s cores, durable\n' \
  "$CONNECTIONS" "$DURATION" "$(nproc)"
printf '%-46s %10s %10s %10s\n' "" "uploads/s" "p50 ms" "p99 ms"
printf '%-46s %10s %10s %10s\n' "POST TD, multipart, token" "$app" "$p50" "$p99"
printf '%-46s %10s %10s %10s\n' "baseline: new file + fsync + insert (C)" "$base" "$bp50" "$bp99"
printf 'rows: %s TDs stored in the measured meeting\n' "$stored"
awk -v a="$app" -v b="$base" 'BEGIN { printf "ratio HTTP / baseline: %.3f (goal >= 0.5)\n", a / b }'
