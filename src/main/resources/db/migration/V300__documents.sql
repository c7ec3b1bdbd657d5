-- Documents: contributions (C) and temporary documents (TD) of meetings, their file versions
-- (bytes stored content-addressed by SHA-256 outside the database), and every recorded step.

-- One counter per study group, study period and kind; "update ... set next = next + 1 returning"
-- in the accepting transaction gives gap-free numbers that are never reused.
create table documents_counter (
    study_group  int        not null,
    study_period varchar(9) not null,
    kind         varchar(2) not null check (kind in ('C', 'TD')),
    next         int        not null default 1,
    primary key (study_group, study_period, kind)
);

create table documents_document (
    id                   uuid primary key,
    meeting_id           uuid          not null references meetings_meeting (id),
    study_group          int           not null,
    study_period         varchar(9)    not null,
    kind                 varchar(2)    not null check (kind in ('C', 'TD')),
    number               int           not null,
    series               varchar(10),
    title                varchar(500)  not null,
    abstract             text          not null default '',
    source               varchar(2000) not null,
    source_organisations uuid[]        not null default '{}',
    contact              varchar(2000) not null default '',
    contact_emails       text[]        not null default '{}',
    submitted_by         uuid          not null references directory_account (id),
    proposed_agenda_item varchar(16),
    questions            int[]         not null default '{}',
    working_parties      int[]         not null default '{}',
    agenda_items         text[]        not null default '{}',
    needs_translation    boolean       not null default false,
    mark                 varchar(20) check (mark in ('AGENDA_UPDATE', 'TIME_PLAN_UPDATE')),
    status               varchar(12)   not null,
    revised_by           varchar(60),
    late                 boolean       not null default false,
    late_decision        varchar(30),
    public               boolean       not null default false,
    submitted_at         timestamptz   not null,
    version              bigint        not null default 0,
    search               tsvector generated always as (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
        || setweight(to_tsvector('english', coalesce(source, '')), 'B')
        || setweight(to_tsvector('english', coalesce(abstract, '')), 'C')) stored,
    constraint documents_document_number_uq unique (study_group, study_period, kind, number)
);
create index documents_document_meeting_ix on documents_document (meeting_id, kind, number);
create index documents_document_search_ix on documents_document using gin (search);
create index documents_document_questions_ix on documents_document using gin (questions);

-- Every uploaded file of a document: revision 0 is the original, 1.. are TD360-R1, -R2 ...
create table documents_version (
    document_id uuid         not null references documents_document (id),
    revision    int          not null,
    sha256      char(64)     not null,
    file_name   varchar(255) not null,
    format      varchar(8)   not null,
    size        bigint       not null,
    uploaded_by uuid         not null references directory_account (id),
    uploaded_at timestamptz  not null,
    primary key (document_id, revision)
);
create index documents_version_sha_ix on documents_version (sha256);

-- What happened to a document, in order: submitted, allocated, status changes, late decisions.
create table documents_event (
    id          bigserial primary key,
    document_id uuid         not null references documents_document (id),
    at          timestamptz  not null,
    actor       uuid         not null references directory_account (id),
    kind        varchar(30)  not null,
    detail      varchar(2000) not null default ''
);
create index documents_event_document_ix on documents_event (document_id, id);
