-- Accounts: people who can log in. Roles as a text array (SECRETARIAT, CHAIR, FOCAL_POINT, DELEGATE).
create table directory_account (
    id                   uuid primary key,
    email                varchar(320) not null,
    name                 varchar(200) not null,
    preferred_language   varchar(5)   not null default 'en',
    password_hash        varchar(200),
    roles                text[]       not null default '{}',
    enabled              boolean      not null default true,
    must_change_password boolean      not null default false,
    created_at           timestamptz  not null
);
create unique index directory_account_email_uq on directory_account (lower(email));
