-- Organisations that take part in ITU-T work, their focal points (DFPs) and members.
create table directory_organisation (
    id                     uuid primary key,
    name                   varchar(300) not null,
    country_code           char(2),
    category               varchar(20)  not null,
    associate_study_group  integer,
    automatic_approval     boolean      not null default false,
    created_at             timestamptz  not null
);
create unique index directory_organisation_name_uq on directory_organisation (lower(name));

-- Designated focal points: accounts that approve the organisation's registrations (X-REG-1).
create table directory_focal_point (
    organisation_id uuid not null references directory_organisation (id) on delete cascade,
    account_id      uuid not null references directory_account (id) on delete cascade,
    primary key (organisation_id, account_id)
);
create index directory_focal_point_account_ix on directory_focal_point (account_id);

-- Which organisations a person belongs to (delegates register on behalf of one of them).
create table directory_membership (
    organisation_id uuid not null references directory_organisation (id) on delete cascade,
    account_id      uuid not null references directory_account (id) on delete cascade,
    primary key (organisation_id, account_id)
);
create index directory_membership_account_ix on directory_membership (account_id);

-- Self-service sign-up waiting for its e-mail address to be confirmed.
create table directory_signup (
    token          varchar(64)  primary key,
    email          varchar(320) not null,
    name           varchar(200) not null,
    language       varchar(5)   not null,
    password_hash  varchar(200) not null,
    created_at     timestamptz  not null,
    expires_at     timestamptz  not null
);
