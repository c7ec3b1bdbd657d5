-- Co-sources of a contribution (every source organisation but the submitter's own, which is the
-- first of source_organisations) and whether a focal point of that organisation, or the
-- secretariat, confirmed co-signing it. Until then the document shows the co-source as unconfirmed
-- and it does not count as the organisation's contribution.
create table documents_co_source (
    document_id     uuid        not null references documents_document (id),
    organisation_id uuid        not null references directory_organisation (id),
    confirmed_at    timestamptz,
    confirmed_by    uuid references directory_account (id),
    primary key (document_id, organisation_id)
);
create index documents_co_source_organisation_ix on documents_co_source (organisation_id)
    where confirmed_at is null;

-- Co-sources named before confirmation existed were never checked: they wait for confirmation too.
insert into documents_co_source (document_id, organisation_id)
select d.id, o.organisation_id
  from documents_document d
 cross join lateral unnest(d.source_organisations[2:]) as o(organisation_id)
 where d.kind = 'C' and exists (select 1 from directory_organisation x where x.id = o.organisation_id)
on conflict do nothing;
