-- Web sessions (Spring Session JDBC), kept in PostgreSQL so that a password change, a disabled
-- account or a changed role can end a person's sessions at once (found through principal_name),
-- and so that several application nodes share them. Expired rows are deleted every minute.
create table directory_session (
    primary_id            char(36)     not null primary key,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(320)
);

create unique index directory_session_ix1 on directory_session (session_id);
create index directory_session_ix2 on directory_session (expiry_time);
create index directory_session_ix3 on directory_session (principal_name);

create table directory_session_attributes (
    session_primary_id char(36)     not null references directory_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    primary key (session_primary_id, attribute_name)
);
