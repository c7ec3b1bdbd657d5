package org.plenary.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.meetings.MeetingId;

/**
 * A {@link DocumentFilter} as SQL over {@code documents_document d}: the where clause, the order (by
 * text rank when searching, else kind and number) and the named parameters, so that the list, a page
 * of it and its count all filter the same way.
 */
record DocumentFilterSql(String sql, String order, Map<String, Object> params) {

    static DocumentFilterSql of(MeetingId meeting, DocumentFilter f, boolean publicOnly) {
        StringBuilder where = new StringBuilder("where d.meeting_id = :meeting");
        Map<String, Object> p = new HashMap<>();
        p.put("meeting", meeting.value());
        if (f.kind() != null) {
            where.append(" and d.kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.series() != null) {
            where.append(" and d.series = :series");
            p.put("series", f.series());
        }
        if (f.question() != null) {
            where.append(" and :question = any(d.questions)");
            p.put("question", f.question());
        }
        if (f.workingParty() != null) {
            where.append(" and :wp = any(d.working_parties)");
            p.put("wp", f.workingParty());
        }
        if (f.agendaItem() != null) {
            where.append(" and (:item = any(d.agenda_items) or d.proposed_agenda_item = :item)");
            p.put("item", f.agendaItem());
        }
        if (f.source() != null) {
            where.append(" and d.source ilike :source");
            p.put("source", "%" + f.source().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.status() != null) {
            where.append(" and d.status = :status");
            p.put("status", f.status().name());
        }
        if (f.late() != null) {
            where.append(" and d.late = :late");
            p.put("late", f.late());
        }
        if (f.needsTranslation() != null) {
            where.append(" and d.needs_translation = :translation");
            p.put("translation", f.needsTranslation());
        }
        if (f.proposedAgendaItem() != null) {
            where.append(" and d.proposed_agenda_item = :proposed");
            p.put("proposed", f.proposedAgendaItem());
        }
        if (f.text() != null) {
            where.append(" and d.search @@ websearch_to_tsquery('english', :text)");
            p.put("text", f.text());
        }
        if (f.ids() != null) {
            where.append(" and d.id in (:ids)");
            p.put("ids", f.ids().isEmpty() ? List.of(new UUID(0, 0)) : f.ids());
        }
        if (publicOnly) {
            where.append(" and d.public");
        }
        String order = f.text() != null
                ? " order by ts_rank(d.search, websearch_to_tsquery('english', :text)) desc, d.kind, d.number"
                : " order by d.kind, d.number";
        return new DocumentFilterSql(where.toString(), order, p);
    }
}
