-- Study groups, their working parties and Questions, and meetings with their letter content.
-- Translatable texts are jsonb objects keyed by language code: {"en": "...", "zh": "..."}.
create table meetings_study_group (
    id           uuid primary key,
    number       int          not null unique,
    title        jsonb        not null,
    study_period varchar(9)   not null
);

create table meetings_working_party (
    study_group_id uuid  not null references meetings_study_group (id) on delete cascade,
    number         int   not null,
    title          jsonb not null,
    chair          varchar(200),
    primary key (study_group_id, number)
);

create table meetings_question (
    study_group_id uuid  not null references meetings_study_group (id) on delete cascade,
    number         int   not null,
    title          jsonb not null,
    working_party  int,
    rapporteurs    varchar(500),
    primary key (study_group_id, number),
    foreign key (study_group_id, working_party) references meetings_working_party (study_group_id, number)
);

create table meetings_meeting (
    id                   uuid primary key,
    code                 varchar(40)  not null unique,
    study_group_id       uuid         not null references meetings_study_group (id),
    title                jsonb        not null,
    place                jsonb        not null,
    venue                jsonb        not null,
    first_day            date         not null,
    last_day             date         not null,
    time_zone            varchar(64)  not null,
    opening_time         time         not null,
    registration_time    time         not null,
    registration_place   jsonb        not null,
    chair                jsonb        not null,
    letter_reference     jsonb        not null,
    letter_file          varchar(40),
    letter_date          date,
    addressees           jsonb        not null default '[]',
    signatory            jsonb        not null,
    signatory_title      jsonb        not null,
    contact_phone        varchar(40),
    contact_fax          varchar(40),
    contact_email        varchar(320),
    contact_url          varchar(500),
    agenda_update_ref    varchar(40),
    time_plan_update_ref varchar(40),
    version              bigint       not null default 0,
    updated_at           timestamptz  not null,
    constraint meetings_meeting_days_ck check (last_day >= first_day and last_day - first_day <= 30)
);

create table meetings_meeting_officer (
    meeting_id uuid not null references meetings_meeting (id) on delete cascade,
    account_id uuid not null references directory_account (id),
    primary key (meeting_id, account_id)
);

create table meetings_co_located_event (
    meeting_id uuid        not null references meetings_meeting (id) on delete cascade,
    position   int         not null,
    title      jsonb       not null,
    day        date        not null,
    start_time time        not null,
    end_time   time        not null,
    reference  varchar(100),
    primary key (meeting_id, position)
);

create table meetings_agenda_item (
    meeting_id uuid        not null references meetings_meeting (id) on delete cascade,
    number     varchar(16) not null,
    title      jsonb       not null,
    position   int         not null,
    primary key (meeting_id, number)
);

create table meetings_time_plan_cell (
    meeting_id uuid        not null references meetings_meeting (id) on delete cascade,
    day        date        not null,
    half       varchar(10) not null check (half in ('MORNING', 'AFTERNOON')),
    text       jsonb       not null,
    primary key (meeting_id, day, half)
);

create table meetings_practical_section (
    meeting_id uuid        not null references meetings_meeting (id) on delete cascade,
    position   int         not null,
    key        varchar(40) not null,
    title      jsonb       not null,
    body       jsonb       not null,
    primary key (meeting_id, position),
    unique (meeting_id, key)
);

create table meetings_deadline_override (
    meeting_id uuid        not null references meetings_meeting (id) on delete cascade,
    rule       varchar(40) not null,
    day        date        not null,
    note       varchar(500),
    primary key (meeting_id, rule)
);
