-- Who follows which Question: drives personal calendars and new-document notices.
create table meetings_question_follow (
    account_id     uuid not null references directory_account (id) on delete cascade,
    study_group_id uuid not null,
    question       int  not null,
    since          timestamptz not null,
    primary key (account_id, study_group_id, question),
    foreign key (study_group_id, question) references meetings_question (study_group_id, number) on delete cascade
);
create index meetings_question_follow_q on meetings_question_follow (study_group_id, question);
