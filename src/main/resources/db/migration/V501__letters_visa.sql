-- Visa-support letters (L-VISA-*, X-VISA-1): the Swiss embassy or consulate the delegate names, and who issued the letter when.
create table letters_visa_letter (
    registration_id uuid          primary key,
    meeting_id      uuid          not null,
    account_id      uuid          not null,
    embassy         varchar(300)  not null,
    named_at        timestamptz   not null,
    issued_at       timestamptz,
    issued_by       uuid,
    times_issued    integer       not null default 0
);
create index letters_visa_letter_meeting_ix on letters_visa_letter (meeting_id);
