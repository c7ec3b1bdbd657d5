-- An affiliation (a row of directory_membership) grants nothing until the organisation's focal
-- point or the secretariat confirmed it: confirmed_at is set then (confirmed_by is null when the
-- secretariat's own act confirmed it: designating a focal point, importing the directory).
alter table directory_membership
    add column confirmed_at timestamptz,
    add column confirmed_by uuid references directory_account (id) on delete set null;

-- What was there before: focal points (designated by the secretariat) and people without any
-- registration under the organisation (imported by the secretariat) are confirmed; an affiliation
-- claimed by submitting a registration is confirmed only if a person (its focal point or the
-- secretariat) approved one of those registrations. Automatic approvals confirm nothing.
update directory_membership m set confirmed_at = now()
 where exists (select 1 from directory_focal_point f
                where f.organisation_id = m.organisation_id and f.account_id = m.account_id)
    or not exists (select 1 from registration_registration r
                    where r.organisation_id = m.organisation_id and r.account_id = m.account_id)
    or exists (select 1 from registration_registration r
                 join registration_transition t on t.registration_id = r.id
                where r.organisation_id = m.organisation_id and r.account_id = m.account_id
                  and t.to_status = 'APPROVED' and t.actor is not null);

create index directory_membership_confirmed_ix on directory_membership (account_id) where confirmed_at is not null;
