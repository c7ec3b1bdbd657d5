-- Issue 12: the secretariat names a meeting's officers with their role: chair, vice-chair, the chair of
-- a working party, the rapporteur of a Question. One person may hold several roles (rapporteur of two
-- Questions), so the key becomes the role and its scope; existing rows are the meeting's chairs.
alter table meetings_meeting_officer
    add column role varchar(20) not null default 'CHAIR',
    add column working_party int,
    add column question int;

alter table meetings_meeting_officer
    add constraint meetings_meeting_officer_role_ck check (
        (role in ('CHAIR', 'VICE_CHAIR') and working_party is null and question is null)
        or (role = 'WP_CHAIR' and working_party is not null and question is null)
        or (role = 'RAPPORTEUR' and question is not null and working_party is null));

alter table meetings_meeting_officer drop constraint meetings_meeting_officer_pkey;

create unique index meetings_meeting_officer_uq
    on meetings_meeting_officer (meeting_id, account_id, role, coalesce(working_party, 0), coalesce(question, 0));

create index meetings_meeting_officer_account on meetings_meeting_officer (account_id);
