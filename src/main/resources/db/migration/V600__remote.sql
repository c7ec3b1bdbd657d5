-- Remote participation requests for sessions that are not always remote (L-RP-2): one per person and session.
create table remote_request (
    id            uuid primary key,
    meeting_id    uuid        not null,
    session_id    uuid        not null,
    account_id    uuid        not null,
    requested_at  timestamptz not null,
    status        varchar(10) not null,
    decided_by    uuid,
    decided_at    timestamptz,
    unique (session_id, account_id)
);
create index remote_request_meeting_ix on remote_request (meeting_id, status);

-- Join links: only the SHA-256 of the token is kept; a link belongs to one person and one session.
create table remote_link (
    token_hash    char(64) primary key,
    meeting_id    uuid        not null,
    session_id    uuid        not null,
    account_id    uuid        not null,
    issued_at     timestamptz not null,
    revoked_at    timestamptz,
    revoked_by    uuid
);
create index remote_link_owner_ix on remote_link (session_id, account_id);

-- Who was there: in the room (badge scan at the door) or remotely (joined through their link).
create table remote_attendance (
    meeting_id    uuid        not null,
    session_id    uuid        not null,
    account_id    uuid        not null,
    mode          varchar(6)  not null,
    first_seen    timestamptz not null,
    recorded_by   uuid,
    primary key (session_id, account_id, mode)
);
create index remote_attendance_meeting_ix on remote_attendance (meeting_id);

-- The live console of a session, kept in PostgreSQL so every instance sees the same queue and floor.
create table remote_hand (
    session_id    uuid        not null,
    account_id    uuid        not null,
    raised_at     timestamptz not null,
    remote        boolean     not null,
    primary key (session_id, account_id)
);

create table remote_floor (
    session_id    uuid primary key,
    account_id    uuid        not null,
    since         timestamptz not null,
    remote        boolean     not null
);

-- L-RP-4: a remote speaker cut off stays off the queue until the chair restores them.
create table remote_cutoff (
    session_id    uuid        not null,
    account_id    uuid        not null,
    cut_at        timestamptz not null,
    cut_by        uuid        not null,
    restored_at   timestamptz,
    primary key (session_id, account_id)
);

create table remote_chat (
    id            bigserial primary key,
    session_id    uuid          not null,
    account_id    uuid          not null,
    at            timestamptz   not null,
    body          varchar(1000) not null,
    hidden_at     timestamptz,
    hidden_by     uuid
);
create index remote_chat_session_ix on remote_chat (session_id, id);

-- The latest voice-quality report of each remote participant, with the E-model's R and MOS.
create table remote_quality (
    session_id    uuid         not null,
    account_id    uuid         not null,
    at            timestamptz  not null,
    delay_ms      double precision not null,
    jitter_ms     double precision not null,
    loss_percent  double precision not null,
    codec         varchar(20)  not null,
    r             double precision not null,
    mos           double precision not null,
    primary key (session_id, account_id)
);
