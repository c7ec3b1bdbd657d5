-- Fellowships: the editable list of eligible countries (X-FEL-2), a budget per meeting, and applications.
create table fellowships_eligible_country (
    country_code char(2)      primary key,
    note         varchar(200),
    added_at     timestamptz  not null
);

-- Demo list: the UN least developed countries (X-FEL-2 allows it); the secretariat edits or re-imports it.
insert into fellowships_eligible_country (country_code, note, added_at)
select code, 'UN LDC', now() from unnest(array[
    'AF','AO','BD','BJ','BF','BI','KH','CF','TD','KM','CD','DJ','ER','ET','GM','GN','GW','HT','KI','LA','LS',
    'LR','MG','MW','ML','MR','MZ','MM','NP','NE','RW','SN','SL','SB','SO','SS','SD','TL','TG','TV','UG','TZ',
    'YE','ZM']) as code;

create table fellowships_budget (
    meeting_id uuid          primary key,
    amount     numeric(12,2) not null check (amount >= 0),
    currency   char(3)       not null default 'CHF',
    updated_at timestamptz   not null,
    updated_by uuid
);

create table fellowships_application (
    id              uuid primary key,
    meeting_id      uuid          not null,
    account_id      uuid          not null,
    registration_id uuid          not null,
    organisation_id uuid          not null,
    country_code    char(2)       not null,
    kind            varchar(12)   not null check (kind in ('AIR_TICKET', 'DSA')),
    specific_needs  boolean       not null default false,
    needs_note      varchar(1000),
    gender          varchar(20),
    status          varchar(10)   not null check (status in ('APPLIED', 'AWARDED', 'DECLINED')),
    cost            numeric(12,2) check (cost >= 0),
    financial_year  integer       not null,
    applied_at      timestamptz   not null,
    decided_at      timestamptz,
    decided_by      uuid,
    reason          varchar(1000),
    unique (meeting_id, account_id)
);
create index fellowships_application_country_ix on fellowships_application (meeting_id, country_code, status);
create index fellowships_application_person_ix on fellowships_application (account_id, financial_year, status);
