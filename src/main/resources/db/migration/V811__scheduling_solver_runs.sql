-- A run of the time-plan solver as a persistent job (db-scheduler task "scheduling-solve", instance = run id):
-- its state and progress, written by the node that runs it, read by any node's page or API.
create table scheduling_solver_runs (
    id             uuid primary key,
    meeting_id     uuid not null references meetings_meeting (id) on delete cascade,
    state          text not null check (state in ('QUEUED', 'RUNNING', 'FINISHED', 'STOPPED', 'FAILED')),
    requested_by   text not null,
    limit_ms       bigint not null check (limit_ms > 0),
    unimproved_ms  bigint check (unimproved_ms > 0),
    stop_requested boolean not null default false,
    node           text,
    attempts       int not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    hard_score     bigint,
    soft_score     bigint,
    feasible       boolean,
    broken         jsonb not null default '[]',
    applied        boolean not null default false,
    moved          int not null default 0,
    failure        text
);
-- one run at a time per meeting
create unique index scheduling_solver_runs_active on scheduling_solver_runs (meeting_id) where state in ('QUEUED', 'RUNNING');
create index scheduling_solver_runs_meeting on scheduling_solver_runs (meeting_id, created_at desc);
