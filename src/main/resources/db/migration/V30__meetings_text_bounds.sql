-- Issue 10, finding 9: every text of a meeting is bounded (InputLimits in org.plenary.shared).
-- The API and the forms refuse longer input first; these checks are the last line, so that no
-- path can store a 200 KB title that every public letter download would then render. A jsonb
-- text holds up to six languages, so its bound is six times the field's limit plus the JSON around it.
alter table meetings_study_group add constraint meetings_study_group_title_bounded check (length(title::text) <= 3200);
alter table meetings_working_party add constraint meetings_working_party_title_bounded check (length(title::text) <= 3200);
alter table meetings_question add constraint meetings_question_title_bounded check (length(title::text) <= 3200);
alter table meetings_meeting add constraint meetings_meeting_texts_bounded check (
    length(title::text) <= 3200 and length(place::text) <= 1400 and length(venue::text) <= 1400
    and length(registration_place::text) <= 1400 and length(chair::text) <= 1400
    and length(letter_reference::text) <= 800 and length(addressees::text) <= 50 * 3200
    and length(signatory::text) <= 1400 and length(signatory_title::text) <= 1400);
alter table meetings_co_located_event add constraint meetings_co_located_event_title_bounded check (length(title::text) <= 3200);
alter table meetings_agenda_item add constraint meetings_agenda_item_title_bounded check (length(title::text) <= 3200);
alter table meetings_time_plan_cell add constraint meetings_time_plan_cell_text_bounded check (length(text::text) <= 12400);
alter table meetings_practical_section add constraint meetings_practical_section_texts_bounded check (
    length(title::text) <= 3200 and length(body::text) <= 60400);
