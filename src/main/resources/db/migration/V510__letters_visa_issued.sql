-- Issued visa-support letters are immutable (issue #10): what a letter says is frozen at issue, in
-- letters_visa_issued (the facts) and letters_visa_issued_pdf (the PDF bytes per language, written
-- once). letters_visa_letter stays the delegate's current request (the representation named); a
-- change of passport or representation after an issue is a new request that needs a new issue. The
-- old issued_at / issued_by / times_issued columns are no longer read: a letter issued before this
-- version was never frozen, so the secretariat issues it again.
alter table letters_visa_letter add column withdrawn_at timestamptz;

create table letters_visa_issued (
    id                        uuid          primary key,
    registration_id           uuid          not null,
    meeting_id                uuid          not null,
    account_id                uuid          not null,
    -- the submission of the registration that was approved when the letter was issued
    registration_submitted_at timestamptz   not null,
    issued_at                 timestamptz   not null,
    issued_by                 uuid          not null,
    facts                     jsonb         not null,
    -- SUPERSEDED by a newer letter, or VOID because the registration stopped holding
    ended_at                  timestamptz,
    ended_why                 varchar(12)   check (ended_why in ('SUPERSEDED', 'VOID')),
    check ((ended_at is null) = (ended_why is null))
);
create index letters_visa_issued_registration_ix on letters_visa_issued (registration_id, issued_at);
create unique index letters_visa_issued_one_current_uq on letters_visa_issued (registration_id) where ended_at is null;

create table letters_visa_issued_pdf (
    letter_id   uuid          not null references letters_visa_issued (id),
    language    varchar(5)    not null,
    pdf         bytea         not null,
    rendered_at timestamptz   not null,
    primary key (letter_id, language)
);

-- The database keeps them frozen too: an issued letter may only be ended once, never changed or
-- deleted, and a stored PDF is never rewritten or deleted.
create function letters_visa_issued_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'an issued visa-support letter is kept';
    end if;
    if old.ended_at is not null
            or row(new.id, new.registration_id, new.meeting_id, new.account_id, new.registration_submitted_at,
                   new.issued_at, new.issued_by, new.facts::text)
               is distinct from
               row(old.id, old.registration_id, old.meeting_id, old.account_id, old.registration_submitted_at,
                   old.issued_at, old.issued_by, old.facts::text) then
        raise exception 'an issued visa-support letter is immutable';
    end if;
    return new;
end $$;
create trigger letters_visa_issued_frozen before update or delete on letters_visa_issued
    for each row execute function letters_visa_issued_frozen();

create function letters_visa_issued_pdf_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'an issued visa-support letter is kept';
    end if;
    raise exception 'an issued visa-support letter is immutable';
end $$;
create trigger letters_visa_issued_pdf_frozen before update or delete on letters_visa_issued_pdf
    for each row execute function letters_visa_issued_pdf_frozen();
