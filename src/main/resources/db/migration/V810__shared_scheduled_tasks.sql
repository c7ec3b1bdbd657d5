-- db-scheduler's table (its PostgreSQL schema, version 16): one row per scheduled execution of a task.
-- A node claims a due row (picked, picked_by, version), writes last_heartbeat while it runs it; another
-- node revives a claimed row whose heartbeat is too old (the claiming node died). Recurring tasks
-- (outbox, orphan cleanup) have one row each, so they run once per cluster per period.
create table shared_scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index shared_scheduled_tasks_execution_time_idx on shared_scheduled_tasks (execution_time);
create index shared_scheduled_tasks_last_heartbeat_idx on shared_scheduled_tasks (last_heartbeat);
create index shared_scheduled_tasks_priority_execution_time_idx on shared_scheduled_tasks (priority desc, execution_time asc);
