#!/usr/bin/env bash
# Registrations over HTTP next to pgbench on the same PostgreSQL, in one run: starts the packaged jar
# (own data directory, durable PostgreSQL), creates a meeting open for registration and N delegate
# accounts each with a write-scoped personal access token, loads
# POST /api/v1/meetings/{code}/registrations with wrk (each request another delegate's token), then
# runs pgbench with a single-row insert at the same client count against the same bundled PostgreSQL,
# and pgbench with the registration's own SQL (registration-sql.sql: one transaction with the token's
# read-and-touch, the row, its transition, the affiliation claim, two mails), once more with a
# pg_notify in the transaction (as the outbox's wake-up was sent before issue 15's third pass).
# Prints req/s, p50/p99 of all three and the ratios (goal: HTTP / single-row insert >= 0.3).
# Usage: bench/registration/run.sh [--no-build]
# Environment: BENCH_DURATION (seconds, default 15), BENCH_CONNECTIONS (default 32), BENCH_THREADS (default 2),
#              BENCH_SQL_CLIENTS (the registration SQL anchor's clients, default 10),
#              BENCH_DELEGATES (default 40000), BENCH_JAR, BENCH_JAVA_OPTS (e.g. a JFR recording), BENCH_KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib/app.sh
bench_require java curl wrk pgbench psql python3

DURATION=${BENCH_DURATION:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
DELEGATES=${BENCH_DELEGATES:-40000}
# the registration SQL anchor runs at the concurrency the application puts on PostgreSQL: its pool's
# 10 connections (Hikari's default); at 32 clients the 32 backends fight over the one organisation's row
# (every insert's foreign-key check locks it for key share) and over the 2 cores
SQL_CLIENTS=${BENCH_SQL_CLIENTS:-10}
bench_jar "${1:-}"

bench_workdir registration
start_app

create_meeting BENCH-WARM
create_meeting BENCH-REG
# a Sector Member with a focal point and without automatic approval: each registration waits for the
# focal point, so it writes the receipt to the delegate and the request to the focal point
ORG=$(psql -XAtc "select id from directory_organisation where name = 'Huawei Technologies Co., Ltd.'")
[ -n "$ORG" ] || { echo "no demo organisation" >&2; exit 1; }

# Delegates and their tokens, as rows exactly as the application writes them (Accounts.insert,
# AccessTokens.insert): an account without a password, role DELEGATE, and a WRITE token stored as the
# SHA-256 (hex) of "plenary_pat_" + 32 random bytes in URL-safe base64, the format PersonalAccessTokens
# creates. Creating 40,000 through /api/v1/me/tokens would need 40,000 passwords checked with bcrypt.
python3 - "$WORK" "$DELEGATES" <<'PY'
import hashlib, secrets, sys, uuid
work, n = sys.argv[1], int(sys.argv[2])
with open(f"{work}/accounts.csv", "w") as a, open(f"{work}/tokens.csv", "w") as t, open(f"{work}/tokens.txt", "w") as v:
    for i in range(n):
        account = uuid.uuid4()
        token = "plenary_pat_" + secrets.token_urlsafe(32)
        a.write(f"{account},bench.delegate.{i}@bench.plenary.local,Bench delegate {i}\n")
        t.write(f"{uuid.uuid4()},{account},{hashlib.sha256(token.encode()).hexdigest()}\n")
        v.write(token + "\n")
PY
psql -Xq -v ON_ERROR_STOP=1 <<SQL
create temp table a (id uuid, email text, name text);
create temp table t (id uuid, account_id uuid, token_hash text);
\copy a from '$WORK/accounts.csv' with (format csv)
\copy t from '$WORK/tokens.csv' with (format csv)
insert into directory_account (id, email, name, preferred_language, password_hash, roles, enabled,
  must_change_password, created_at)
select id, email, name, 'en', null, '{DELEGATE}', true, false, now() from a;
insert into directory_access_token (id, account_id, name, scope, token_hash, created_at, expires_at)
select id, account_id, 'bench', 'WRITE', token_hash, now(), now() + interval '7 days' from t;
create table bench_pgbench (id bigserial primary key, v int);
-- the registration SQL anchor picks a delegate's token by number (the application gets it from the header)
create table bench_token (n int primary key, token_hash char(64) not null); -- as the column it is compared with, so that its index serves
insert into bench_token select row_number() over (order by id) - 1, token_hash from t;
vacuum analyze;
SQL
echo "$DELEGATES delegates with tokens; organisation $ORG" >&2

load() { # load MEETING SECONDS OUT
  MEETING=$1 TOKENS=$WORK/tokens.txt ORG=$ORG THREADS=$THREADS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --timeout 30s --latency -s bench/registration/register.lua \
    "http://127.0.0.1:$APP_PORT" > "$3"
}
echo "warming up (${BENCH_WARMUP:-30} s on another meeting)" >&2
load BENCH-WARM "${BENCH_WARMUP:-30}" "$WORK/warm.txt"
load BENCH-REG "$DURATION" "$WORK/http.txt"
wrk_check "$WORK/http.txt"
registered=$(psql -XAtc "select count(*) from registration_registration r join meetings_meeting m on m.id = r.meeting_id where m.code = 'BENCH-REG'")
mails=$(psql -XAtc "select count(*) from notifications_outbox")

echo 'insert into bench_pgbench (v) values (1);' > "$WORK/insert.sql"
pgbench -n -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -r -f "$WORK/insert.sql" > "$WORK/pgbench.txt" 2>&1
# the registration's own SQL, prepared as the JDBC driver does, one transaction per registration; the
# rows go to a meeting id of their own (registration_registration has no foreign key to meetings)
pgbench -n -M prepared -c "$SQL_CLIENTS" -j "$THREADS" -T "$DURATION" -r -f bench/registration/registration-sql.sql \
  -D delegates="$DELEGATES" -D org="$ORG" -D meeting="$(python3 -c 'import uuid; print(uuid.uuid4())')" \
  > "$WORK/pgbench-registration.txt" 2>&1
# the same with the outbox's wake-up signal in the transaction (the application before issue 15's third
# pass): PostgreSQL commits transactions that NOTIFY one at a time, each holding a global lock through its flush
sed "s/^COMMIT;/select pg_notify('plenary_signals', 'outbox');\nCOMMIT;/" bench/registration/registration-sql.sql \
  > "$WORK/registration-sql-notify.sql"
pgbench -n -M prepared -c "$SQL_CLIENTS" -j "$THREADS" -T "$DURATION" -r -f "$WORK/registration-sql-notify.sql" \
  -D delegates="$DELEGATES" -D org="$ORG" -D meeting="$(python3 -c 'import uuid; print(uuid.uuid4())')" \
  > "$WORK/pgbench-notify.txt" 2>&1
read -r app p50 p99 < <(wrk_summary "$WORK/http.txt")
pg=$(awk '/^tps = / {print $3}' "$WORK/pgbench.txt")
pglat=$(awk '/latency average/ {print $4}' "$WORK/pgbench.txt")
reg=$(awk '/^tps = / {print $3}' "$WORK/pgbench-registration.txt")
reglat=$(awk '/latency average/ {print $4}' "$WORK/pgbench-registration.txt")
notify=$(awk '/^tps = / {print $3}' "$WORK/pgbench-notify.txt")
notifylat=$(awk '/latency average/ {print $4}' "$WORK/pgbench-notify.txt")
[ -n "$reg" ] || { echo "registration SQL anchor failed:" >&2; cat "$WORK/pgbench-registration.txt" >&2; exit 1; }

printf 'Registration over HTTP vs pgbench, %s connections, %s s each, %s cores, durable PostgreSQL\n' \
  "$CONNECTIONS" "$DURATION" "$(nproc)"
printf '%-46s %10s %10s %10s\n' "" "req/s" "p50 ms" "p99 ms"
printf '%-46s %10s %10s %10s\n' "POST registrations (token, 2 mails queued)" "$app" "$p50" "$p99"
printf '%-46s %10.1f %10s %10s\n' "pgbench single-row insert" "$pg" "avg $pglat" ""
printf '%-46s %10.1f %10s %10s\n' "pgbench registration SQL, $SQL_CLIENTS clients" "$reg" "avg $reglat" ""
printf '%-46s %10.1f %10s %10s\n' "  the same with pg_notify in the transaction" "$notify" "avg $notifylat" ""
printf 'rows: %s registrations in the measured meeting, %s mails in the outbox (warm-up included)\n' \
  "$registered" "$mails"
awk -v a="$app" -v b="$pg" 'BEGIN { printf "ratio HTTP / pgbench: %.3f (goal >= 0.3)\n", a / b }'
awk -v a="$app" -v b="$reg" 'BEGIN { printf "ratio HTTP / registration SQL: %.3f\n", a / b }'
awk -v a="$reg" -v b="$pg" 'BEGIN { printf "ratio registration SQL / pgbench: %.3f\n", a / b }'
