-- 3GPP-size lists for bench/lists/run.sh, written straight into the bundled PostgreSQL as rows shaped
-- like the ones the application writes (same columns, same enum names, versions, transitions and
-- events), in one transaction. Variables: code (the meeting), session (a published session of it),
-- registrations, organisations, documents, present (people in the console's session), hands.
\set ON_ERROR_STOP on
begin;

create temp table bench_meeting on commit drop as
select m.id as meeting_id, sg.number as sg, sg.study_period as period
from meetings_meeting m join meetings_study_group sg on sg.id = m.study_group_id where m.code = :'code';

-- organisations across countries and membership categories (as Directory.create writes them)
insert into directory_organisation (id, name, country_code, category, associate_study_group, automatic_approval, created_at)
select gen_random_uuid(), 'Bench organisation ' || lpad(i::text, 4, '0'),
       (array['CH','FR','DE','CN','JP','KR','US','IN','BR','KE','SN','EG','FI','SE','GB','CA','AU','NG','ZA','AR'])[1 + i % 20],
       (array['MEMBER_STATE','SECTOR_MEMBER','SECTOR_MEMBER','ACADEMIA','ASSOCIATE'])[1 + i % 5],
       case when i % 5 = 4 then 12 end, i % 3 = 0, now()
from generate_series(1, :organisations) i;

create temp table bench_org on commit drop as
select id, country_code, row_number() over (order by name) - 1 as j
from directory_organisation where name like 'Bench organisation %';

-- one delegate account per registration (no password: nobody logs in as them), affiliation confirmed
insert into directory_account (id, email, name, preferred_language, password_hash, roles, enabled, must_change_password, created_at)
select gen_random_uuid(), 'delegate' || i || '@bench.plenary.local', 'Delegate ' || lpad(i::text, 5, '0'), 'en', null,
       '{DELEGATE}', true, false, now()
from generate_series(1, :registrations) i;

create temp table bench_person on commit drop as
select a.id, row_number() over (order by a.email) as i from directory_account a where a.email like 'delegate%@bench.plenary.local';

insert into directory_membership (organisation_id, account_id, confirmed_at)
select o.id, p.id, now() from bench_person p join bench_org o on o.j = p.i % :organisations;

-- registrations: 90 % approved (badge code, decided a day later), 5 % waiting, 5 % rejected;
-- one in five remote; one in eight asks for visa support (passport data of the organisation's country)
insert into registration_registration (id, meeting_id, account_id, organisation_id, status, in_person, newcomer, gender,
  function_title, interpretation_language, fellowship_request, captioning_request, sign_language_request, visa_request,
  passport_name, passport_number, passport_nationality, passport_expiry, date_of_birth, late, submitted_at, decided_at,
  decided_by, reason, badge_code, version)
select gen_random_uuid(), bm.meeting_id, p.id, o.id,
       case when p.i % 20 = 0 then 'SUBMITTED' when p.i % 20 = 1 then 'REJECTED' else 'APPROVED' end,
       p.i % 5 <> 0, p.i % 7 = 0, (array['female', 'male', null])[1 + p.i % 3], null,
       case when p.i % 11 = 0 then 'fr' end, p.i % 40 = 0, p.i % 30 = 0, p.i % 90 = 0, p.i % 8 = 0,
       case when p.i % 8 = 0 then 'DELEGATE ' || p.i end, case when p.i % 8 = 0 then 'P' || lpad(p.i::text, 8, '0') end,
       case when p.i % 8 = 0 then coalesce(o.country_code, 'CH') end,
       case when p.i % 8 = 0 then date '2031-01-31' end, case when p.i % 8 = 0 then date '1985-05-17' end,
       false, timestamptz '2026-03-01 08:00+00' + p.i * interval '10 minutes',
       case when p.i % 20 <> 0 then timestamptz '2026-03-02 08:00+00' + p.i * interval '10 minutes' end,
       null, case when p.i % 20 = 1 then 'Bench' end,
       case when p.i % 20 > 1 then upper(substr(md5(p.id::text), 1, 10)) end,
       case when p.i % 20 = 0 then 0 else 1 end
from bench_person p join bench_org o on o.j = p.i % :organisations cross join bench_meeting bm;

insert into registration_transition (registration_id, at, actor, from_status, to_status, reason)
select r.id, r.submitted_at, r.account_id, null, 'SUBMITTED', null
from registration_registration r join bench_person p on p.id = r.account_id
union all
select r.id, r.decided_at, null, 'SUBMITTED', r.status, r.reason
from registration_registration r join bench_person p on p.id = r.account_id where r.decided_at is not null;

-- the visa queue: every approved registration with a visa request; two thirds named a representation
insert into letters_visa_letter (registration_id, meeting_id, account_id, embassy, named_at)
select r.id, r.meeting_id, r.account_id, 'Embassy of Switzerland in ' || coalesce(r.passport_nationality, 'CH'),
       r.decided_at + interval '2 days'
from registration_registration r join bench_person p on p.id = r.account_id
where r.visa_request and r.status = 'APPROVED' and p.i % 3 <> 0;

-- documents: four contributions for each TD, numbered after the meeting's study group's last ones,
-- one version and one SUBMITTED event each, the counter moved on as Documents.nextNumber does
create temp table bench_doc on commit drop as
select gen_random_uuid() as id, i, case when i % 5 = 0 then 'TD' else 'C' end as kind,
       row_number() over (partition by i % 5 = 0 order by i) as n
from generate_series(1, :documents) i;

insert into documents_document (id, meeting_id, study_group, study_period, kind, number, series, title, abstract, source,
  source_organisations, contact, contact_emails, submitted_by, proposed_agenda_item, questions, working_parties,
  agenda_items, needs_translation, mark, status, revised_by, late, late_decision, public, submitted_at, version)
select d.id, bm.meeting_id, bm.sg, bm.period, d.kind,
       coalesce((select max(number) from documents_document x where x.study_group = bm.sg and x.study_period = bm.period
                 and x.kind = d.kind), 0) + d.n,
       null, 'Bench study ' || d.i || ' of speech quality, jitter buffers and codec selection', '',
       o.name, array[o.id], '', '{}', p.id, null, array[1 + d.i % 12], '{}', '{}', d.i % 10 = 0, null,
       (array['SUBMITTED','SUBMITTED','ALLOCATED','NOTED'])[1 + d.i % 4], null, false, null, d.i % 4 = 0,
       timestamptz '2026-05-01 08:00+00' + d.i * interval '5 minutes', 0
from bench_doc d cross join bench_meeting bm
join bench_person p on p.i = 1 + d.i % :registrations
join bench_org bo on bo.j = p.i % :organisations join directory_organisation o on o.id = bo.id;

insert into documents_version (document_id, revision, sha256, file_name, format, size, uploaded_by, uploaded_at)
select d.id, 0, encode(sha256(d.id::text::bytea), 'hex'), 'bench-' || d.number || '.docx', 'DOCX', 120000,
       d.submitted_by, d.submitted_at
from documents_document d join bench_doc b on b.id = d.id;

insert into documents_event (document_id, at, actor, kind, detail)
select d.id, d.submitted_at, d.submitted_by, 'SUBMITTED', 'SG' || d.study_group || '-' || d.kind || d.number
from documents_document d join bench_doc b on b.id = d.id;

insert into documents_counter (study_group, study_period, kind, next)
select d.study_group, d.study_period, d.kind, max(d.number) + 1 from documents_document d
where d.meeting_id = (select meeting_id from bench_meeting) group by d.study_group, d.study_period, d.kind
on conflict (study_group, study_period, kind) do update set next = greatest(documents_counter.next, excluded.next);

-- the console's session: people scanned in at the door (its decision list) and a queue of hands from the room
insert into remote_attendance (meeting_id, session_id, account_id, mode, first_seen, recorded_by)
select r.meeting_id, cast(:'session' as uuid), r.account_id, 'ROOM',
       now() - interval '30 minutes' + p.i * interval '1 second', null
from registration_registration r join bench_person p on p.id = r.account_id
where r.status = 'APPROVED' order by p.i limit :present;

insert into remote_hand (session_id, account_id, raised_at, remote)
select a.session_id, a.account_id, a.first_seen + interval '5 minutes', a.mode = 'REMOTE'
from remote_attendance a where a.session_id = cast(:'session' as uuid) order by a.first_seen limit :hands;

commit;
analyze;
