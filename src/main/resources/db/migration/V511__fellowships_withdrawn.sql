-- A withdrawn or cancelled registration withdraws its pending fellowship application (issue #13):
-- the application stays on record as WITHDRAWN, and the person may apply again once registered anew.
alter table fellowships_application drop constraint fellowships_application_status_check;
alter table fellowships_application add constraint fellowships_application_status_check
    check (status in ('APPLIED', 'AWARDED', 'DECLINED', 'WITHDRAWN'));
alter table fellowships_application drop constraint fellowships_application_meeting_id_account_id_key;
create unique index fellowships_application_active_uq on fellowships_application (meeting_id, account_id)
    where status <> 'WITHDRAWN';
