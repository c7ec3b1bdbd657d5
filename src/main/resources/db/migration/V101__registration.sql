-- One registration per person and meeting; re-submission after rejection or withdrawal reuses the row.
create table registration_registration (
    id                       uuid primary key,
    meeting_id               uuid         not null,
    account_id               uuid         not null,
    organisation_id          uuid         not null references directory_organisation (id),
    status                   varchar(12)  not null,
    in_person                boolean      not null,
    newcomer                 boolean      not null default false,
    gender                   varchar(20),
    function_title           varchar(200),
    interpretation_language  varchar(5),
    fellowship_request       boolean      not null default false,
    captioning_request       boolean      not null default false,
    sign_language_request    boolean      not null default false,
    visa_request             boolean      not null default false,
    passport_name            varchar(200),
    passport_number          varchar(40),
    passport_nationality     char(2),
    passport_expiry          date,
    date_of_birth            date,
    late                     boolean      not null default false,
    submitted_at             timestamptz  not null,
    decided_at               timestamptz,
    decided_by               uuid,
    reason                   varchar(1000),
    badge_code               varchar(20),
    checked_in_at            timestamptz,
    checked_in_by            uuid,
    version                  integer      not null default 0,
    unique (meeting_id, account_id)
);
create unique index registration_badge_code_uq on registration_registration (badge_code);
create index registration_org_ix on registration_registration (organisation_id, status);
create index registration_meeting_ix on registration_registration (meeting_id, status);

-- Every transition: who, when, from, to, why.
create table registration_transition (
    id               bigserial primary key,
    registration_id  uuid        not null references registration_registration (id) on delete cascade,
    at               timestamptz not null,
    actor            uuid,
    from_status      varchar(12),
    to_status        varchar(12) not null,
    reason           varchar(1000)
);
create index registration_transition_reg_ix on registration_transition (registration_id, id);
