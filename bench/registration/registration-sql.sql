-- pgbench script (bench/registration/run.sh): the SQL one registration cannot do without, as the
-- application sends it after issue 15's cuts, one transaction per registration: the token and its
-- account read (and last_used_at touched) in one statement, the registration row, its transition, the
-- affiliation claim, the receipt and the focal point's request in the outbox, the commit. (The token
-- is read inside the transaction here; the application reads it before, in autocommit.) run.sh also
-- runs a copy with `select pg_notify(...)` before the COMMIT, as the application did before the
-- outbox's wake-up became a hint after the commit. Variables: delegates, org, meeting (-D).
\set n random(0, :delegates - 1)
BEGIN;
with t as (select t.id, t.account_id from directory_access_token t
           where t.token_hash = (select token_hash from bench_token where n = :n)),
     touched as (update directory_access_token u set last_used_at = now() from t
                 where u.id = t.id and (u.last_used_at is null or u.last_used_at < now() - interval '1 minute'))
select a.*, t.id as token_id from t join directory_account a on a.id = t.account_id \gset tok_
insert into registration_registration (id, meeting_id, account_id, organisation_id, status, in_person, newcomer,
  late, submitted_at, version)
values (gen_random_uuid(), :meeting, gen_random_uuid(), :org, 'SUBMITTED', true, true, false, now(), 0)
returning id as reg \gset
insert into registration_transition (registration_id, at, actor, from_status, to_status)
values (:reg, now(), :tok_id, null, 'SUBMITTED');
insert into directory_membership (organisation_id, account_id) values (:org, :tok_id) on conflict do nothing;
insert into notifications_outbox (recipient, language, subject, body, created_at, next_attempt_at)
values (:tok_email, 'en', 'Receipt', 'Your registration was received.', now(), now());
insert into notifications_outbox (recipient, language, subject, body, created_at, next_attempt_at)
values ('focal.point@bench.plenary.local', 'en', 'Request', 'A delegate asks to register.', now(), now());
COMMIT;
