-- A Question's rapporteurs had two sources: names typed on the study group page (this column, which
-- also fed the scheduler's "shared rapporteur" rule by comparing the typed names) and the people the
-- secretariat names rapporteur of the Question on a meeting's officers page (meetings_meeting_officer),
-- who are the ones given the rights. The two disagreed as soon as one was changed. The officers page is
-- now the one source: the study group page lists the people named there, and the scheduler compares
-- those accounts. The typed names gave no rights and named no account; they are dropped.
alter table meetings_question drop column rapporteurs;
