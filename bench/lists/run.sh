#!/usr/bin/env bash
# Lists at 3GPP size (issue 15): starts the packaged application on a private port with its own data
# directory (demo data, fsync on), seeds the demo meeting with bench/lists/seed.sql (5,000 registrations
# over 200 organisations, 3,000 documents, the visa queue that follows from them, 300 people in one
# session's console), logs in as the secretariat with curl (session cookie for pages, a read token for
# the API), then loads the first and a deep page of each list with wrk and prints p50/p99 and req/s,
# next to nginx serving a saved copy of the same page in the same run (bench/reads' anchor).
# Usage: bench/lists/run.sh [--no-build]
# Environment: BENCH_DURATION (wrk seconds per page, default 10s), BENCH_CONNECTIONS (default 4),
#              BENCH_THREADS (default 2), BENCH_JAR (a jar to run instead of building),
#              BENCH_REGISTRATIONS (5000), BENCH_DOCUMENTS (3000), BENCH_PRESENT (300),
#              BENCH_START_TIMEOUT (seconds, default 600), BENCH_KEEP=1 keeps the temporary directory.
set -euo pipefail
cd "$(dirname "$0")/../.."

source bench/lib/app.sh
bench_require java curl wrk psql python3
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || { echo "needs nginx (Debian: apt-get install nginx-light)" >&2; exit 1; }
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-4}
THREADS=${BENCH_THREADS:-2}
REGISTRATIONS=${BENCH_REGISTRATIONS:-5000}
DOCUMENTS=${BENCH_DOCUMENTS:-3000}
PRESENT=${BENCH_PRESENT:-300}
CODE=SG12-2026-06

bench_jar "${1:-}"
bench_workdir lists
trap "exit 1" INT TERM
start_app
BASE="http://127.0.0.1:$APP_PORT"
ADMIN=$ADMIN_EMAIL
PASSWORD=$ADMIN_PASSWORD
PSQL=(psql -q -X)

# a published session of the demo meeting: the console's session
SESSION=$(curl -sf "$BASE/api/v1/meetings/$CODE/sessions" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
start=$(date +%s.%N)
"${PSQL[@]}" -v code="$CODE" -v session="$SESSION" -v registrations="$REGISTRATIONS" -v organisations=200 \
  -v documents="$DOCUMENTS" -v present="$PRESENT" -v hands=40 -f bench/lists/seed.sql
echo "seeded in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s: $("${PSQL[@]}" -At -c "
  select (select count(*) from registration_registration r join meetings_meeting m on m.id = r.meeting_id where m.code = '$CODE') || ' registrations, '
      || (select count(*) from documents_document d join meetings_meeting m on m.id = d.meeting_id where m.code = '$CODE') || ' documents, '
      || (select count(*) from registration_registration r join meetings_meeting m on m.id = r.meeting_id where m.code = '$CODE' and r.visa_request and r.status = 'APPROVED') || ' in the visa queue, '
      || (select count(*) from remote_attendance where session_id = '$SESSION') || ' people in session $SESSION'")" >&2

# the secretariat's session cookie (the login form, as a browser does) and a read token for the API
JAR_FILE="$WORK/cookies"
CSRF=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_FILE" -b "$JAR_FILE" --data-urlencode "username=$ADMIN" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
COOKIE=$(sed 's/^#HttpOnly_//' "$JAR_FILE" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }')
[ -n "$COOKIE" ] || { echo "no session cookie after logging in as $ADMIN" >&2; exit 1; }
CREATED=$(curl -s -u "$ADMIN:$PASSWORD" -H 'Content-Type: application/json' \
  -d '{"name":"bench lists","scope":"READ","expiresInDays":7}' "$BASE/api/v1/me/tokens")
TOKEN=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["token"])' "$CREATED" 2>/dev/null) \
  || { echo "no token: $CREATED" >&2; exit 1; }

# name|path|auth (cookie or token); deep pages sit near the end of each list
PATHS=(
  "registrations-first.html|/secretariat/meetings/$CODE/registrations|cookie"
  "registrations-deep.html|/secretariat/meetings/$CODE/registrations?page=45|cookie"
  "registrations-filtered.html|/secretariat/meetings/$CODE/registrations?status=APPROVED&inPerson=true&page=3|cookie"
  "registrations-api-first.json|/api/v1/meetings/$CODE/registrations|token"
  "registrations-api-deep.json|/api/v1/meetings/$CODE/registrations?page=45|token"
  "documents-first.html|/meetings/$CODE/documents|cookie"
  "documents-deep.html|/meetings/$CODE/documents?page=28|cookie"
  "documents-search.html|/meetings/$CODE/documents?q=jitter&page=2|cookie"
  "documents-api-first.json|/api/v1/meetings/$CODE/documents|token"
  "documents-api-deep.json|/api/v1/meetings/$CODE/documents?page=28|token"
  "visa-first.html|/secretariat/meetings/$CODE/visa|cookie"
  "visa-deep.html|/secretariat/meetings/$CODE/visa?page=5|cookie"
  "console.html|/remote/meetings/$CODE/sessions/$SESSION|cookie"
  "console-live.html|/remote/meetings/$CODE/sessions/$SESSION/live|cookie"
)
auth_header() {
  if [ "$1" = token ]; then echo "Authorization: Bearer $TOKEN"; else echo "Cookie: $COOKIE"; fi
}

mkdir -p "$WORK/www"
for entry in "${PATHS[@]}"; do
  IFS='|' read -r name path auth <<<"$entry"
  code=$(curl -s -o "$WORK/www/$name" -w '%{http_code}' -H "$(auth_header "$auth")" "$BASE$path")
  [ "$code" = 200 ] || { echo "GET $path answered $code" >&2; exit 1; }
done

serve_saved console.html

# "p50 p99 req/s" from wrk --latency (milliseconds); errors are reported, not counted as successes
measure() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "$@")
  if grep -q -E "Non-2xx|Socket errors" <<<"$out"; then
    echo "warning: $(grep -E 'Non-2xx|Socket errors' <<<"$out" | xargs) on ${*: -1}" >&2
  fi
  awk '
    function ms(v) { if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000;
                     if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0;
                     if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    END { printf "%.1f %.1f %.0f", p50, p99, rps }' <<<"$out"
}

echo "warming up (3 s per page)" >&2
for entry in "${PATHS[@]}"; do
  IFS='|' read -r name path auth <<<"$entry"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s --timeout 10s -H "$(auth_header "$auth")" "$BASE$path" > /dev/null
done

echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION; latencies in ms"
printf '%-74s %8s %8s %8s %8s %12s %9s\n' page bytes p50 p99 req/s "nginx p50" "nginx r/s"
for entry in "${PATHS[@]}"; do
  IFS='|' read -r name path auth <<<"$entry"
  read -r p50 p99 rps <<<"$(measure -H "$(auth_header "$auth")" "$BASE$path")"
  read -r np50 _ nrps <<<"$(measure "http://127.0.0.1:$NGINX_PORT/$name")"
  printf '%-74s %8s %8s %8s %8s %12s %9s\n' "${path/$SESSION/{session\}}" "$(stat -c %s "$WORK/www/$name")" \
    "$p50" "$p99" "$rps" "$np50" "$nrps"
done
