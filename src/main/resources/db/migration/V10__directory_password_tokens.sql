-- Single-use links to set a password (forgotten password, invitation of an imported person).
-- Only the SHA-256 of the mailed token is kept, so a copy of the database opens no account.
create table directory_password_token (
    token_hash  char(64)    primary key,
    account_id  uuid        not null references directory_account (id) on delete cascade,
    purpose     varchar(16) not null check (purpose in ('RESET', 'INVITATION')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null
);
create index directory_password_token_account_ix on directory_password_token (account_id);

-- (Sign-up links are looked up by hash from this version on: one mailed before it, kept in clear,
-- simply no longer matches and expires within 24 hours. directory_signup itself comes in V100.)
