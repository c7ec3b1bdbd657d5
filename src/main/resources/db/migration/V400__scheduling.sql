-- Rooms of a venue, the sessions of a meeting (drafts the secretariat and the solver edit),
-- declared Question conflicts, published versions (snapshots) and room-display screens.
create table scheduling_room (
    id uuid primary key,
    venue text not null,
    name text not null,
    building text not null,
    floor text not null,
    capacity int not null check (capacity >= 0),
    booths int not null default 0 check (booths >= 0),
    remote_equipment boolean not null default false,
    demo boolean not null default false,
    unique (venue, name)
);

create table scheduling_room_unavailable (
    room_id uuid not null references scheduling_room(id) on delete cascade,
    day date not null,
    primary key (room_id, day)
);

create table scheduling_session (
    id uuid primary key,
    meeting_id uuid not null references meetings_meeting(id) on delete cascade,
    kind text not null,
    working_party int,
    questions int[] not null default '{}',
    title text,
    day date,
    start_time time,
    end_time time,
    room_id uuid references scheduling_room(id),
    chair text,
    interpretation text[] not null default '{}',
    remote boolean not null default false,
    attendance int not null default 0 check (attendance >= 0),
    pinned boolean not null default false,
    offset_minutes int not null default 0 check (offset_minutes >= 0),
    duration_minutes int check (duration_minutes > 0),
    preferred_days date[] not null default '{}',
    preferred_half text,
    created_at timestamptz not null,
    check ((day is null) = (start_time is null) and (day is null) = (end_time is null))
);
create index scheduling_session_meeting on scheduling_session(meeting_id, day, start_time);

create table scheduling_conflict (
    meeting_id uuid not null references meetings_meeting(id) on delete cascade,
    question_a int not null,
    question_b int not null,
    reason text not null,
    primary key (meeting_id, question_a, question_b),
    check (question_a < question_b)
);

create table scheduling_published (
    meeting_id uuid not null references meetings_meeting(id) on delete cascade,
    number int not null,
    published_at timestamptz not null,
    published_by text not null,
    note text,
    sessions jsonb not null,
    primary key (meeting_id, number)
);

create table scheduling_screen (
    key text primary key,
    name text not null,
    venue text not null,
    building text
);
