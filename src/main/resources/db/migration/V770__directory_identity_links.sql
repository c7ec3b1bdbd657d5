-- Accounts signed in through an OpenID Connect provider: one row per identity (issuer and subject,
-- the only pair a provider promises never to reuse), linked to exactly one account.
-- member_category: the standing the provider's membership claim vouched for at the last sign-in (null: none).
-- grants_secretariat: the provider's group claim made the account secretariat at the last sign-in.
create table directory_identity_link (
    issuer             varchar(500) not null,
    subject            varchar(255) not null,
    provider           varchar(64)  not null,
    account_id         uuid         not null references directory_account (id) on delete cascade,
    email              varchar(320),
    member_category    varchar(32),
    grants_secretariat boolean      not null default false,
    linked_at          timestamptz  not null,
    last_sign_in_at    timestamptz  not null,
    primary key (issuer, subject)
);
create index directory_identity_link_account on directory_identity_link (account_id);
