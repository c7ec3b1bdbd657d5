-- Which English text each translation of a meeting's content was made from, so the secretariat
-- sees which translations need an update after the English changed. One row per text and
-- language; the text itself stays in the meeting's jsonb columns. A translation without a row
-- predates this table and counts as done until the English changes (the row is then pinned to
-- the English it was made for).
create table meetings_translation_basis (
    meeting_id     uuid        not null references meetings_meeting (id) on delete cascade,
    text_key       varchar(120) not null,
    language       varchar(2)  not null check (language in ('ar', 'zh', 'fr', 'ru', 'es')),
    english_sha256 char(64)    not null,
    translated_at  timestamptz not null,
    primary key (meeting_id, text_key, language)
);
