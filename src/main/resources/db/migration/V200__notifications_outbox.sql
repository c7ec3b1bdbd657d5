-- Mails written in the transaction of the change that causes them; a worker sends them.
create table notifications_outbox (
    id               bigserial primary key,
    recipient        varchar(320)  not null,
    language         varchar(5)    not null,
    subject          varchar(500)  not null,
    body             text          not null,
    created_at       timestamptz   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamptz   not null,
    sent_at          timestamptz,
    last_error       varchar(1000)
);
create index notifications_outbox_due_ix on notifications_outbox (next_attempt_at) where sent_at is null;
