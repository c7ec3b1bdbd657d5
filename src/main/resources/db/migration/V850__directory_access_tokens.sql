-- Personal access tokens for the API (issue 15): created and revoked by the person on the account page.
-- Only the SHA-256 of the token is stored (tokens are 32 random bytes, so no slow hash is needed);
-- the token itself is shown once, at creation. scope: READ (safe methods only) or WRITE.
-- last_used_at is written at most once a minute per token.
create table directory_access_token (
    id           uuid         primary key,
    account_id   uuid         not null references directory_account (id) on delete cascade,
    name         varchar(200) not null check (char_length(name) between 1 and 200),
    scope        varchar(8)   not null check (scope in ('READ', 'WRITE')),
    token_hash   char(64)     not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null check (expires_at > created_at),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index directory_access_token_hash_uq on directory_access_token (token_hash);
create index directory_access_token_account on directory_access_token (account_id);
