-- A badge checked in at the registration desk: the person is at the venue from then on, so counts as
-- physically present for the decision list (L-MTG-2) of the sessions that end after the arrival.
create table remote_desk_arrival (
    meeting_id    uuid        not null,
    account_id    uuid        not null,
    arrived_at    timestamptz not null,
    primary key (meeting_id, account_id)
);
