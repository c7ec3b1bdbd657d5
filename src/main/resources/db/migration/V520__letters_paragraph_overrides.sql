-- The collective letter's standard paragraphs as the secretariat varies them for one meeting
-- (issue 14): a paragraph's text in one language (key "body.invitation", "annexA.visa" ...), or a
-- fact the paragraphs cite (language '*', key "fact.fellowshipEmail" ...). An empty text leaves the
-- paragraph out. Each change is kept (history) with the meeting version it was written against.
create table letters_paragraph_override (
    meeting_id      uuid          not null,
    language        varchar(2)    not null,
    key             varchar(100)  not null,
    text            text          not null,
    meeting_version bigint        not null,
    revision        integer       not null,
    changed_at      timestamptz   not null,
    changed_by      uuid,
    removed         boolean       not null default false,
    primary key (meeting_id, language, key, revision)
);
