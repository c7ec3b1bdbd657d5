package org.plenary.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.plenary.shared.LocalizedText;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The child rows of a meeting as {@link Meetings} reads them in the meeting's own statement: one
 * {@code json_agg} column per child table, each element a row as PostgreSQL's {@code row_to_json}
 * writes it (dates and times as ISO strings, jsonb texts as objects), so that the aggregate costs one
 * round trip instead of six.
 */
@Component
class MeetingChildren {

    /** The five child columns of the meeting's statement, aliased as {@link #read} expects them. */
    static final String COLUMNS = """
            (select json_agg(e order by e.position) from meetings_co_located_event e where e.meeting_id = m.id)
              as children_events,
            (select json_agg(a order by a.position) from meetings_agenda_item a where a.meeting_id = m.id)
              as children_agenda,
            (select json_agg(c order by c.day, c.half desc) from meetings_time_plan_cell c where c.meeting_id = m.id)
              as children_cells,
            (select json_agg(s order by s.position) from meetings_practical_section s where s.meeting_id = m.id)
              as children_sections,
            (select json_agg(o) from meetings_deadline_override o where o.meeting_id = m.id)
              as children_overrides
            """;

    private final JsonTexts texts;

    MeetingChildren(JsonTexts texts) {
        this.texts = texts;
    }

    /** The children as read: each argument is one {@code json_agg} column, null when the table has no row. */
    record Rows(String events, String agenda, String cells, String sections, String overrides) {
    }

    /** The meeting with the children of {@code rows} in place of its (empty) lists. */
    Meeting read(Meeting m, Rows rows) {
        List<Meeting.CoLocatedEvent> events = list(rows.events(), e -> new Meeting.CoLocatedEvent(text(e, "title"),
                date(e, "day"), time(e, "start_time"), time(e, "end_time"), string(e, "reference")));
        List<Meeting.AgendaItem> agenda = list(rows.agenda(),
                a -> new Meeting.AgendaItem(string(a, "number"), text(a, "title")));
        List<Meeting.TimePlanCell> cells = list(rows.cells(), c -> new Meeting.TimePlanCell(date(c, "day"),
                HalfDay.valueOf(string(c, "half")), text(c, "text")));
        List<Meeting.PracticalSection> sections = list(rows.sections(),
                s -> new Meeting.PracticalSection(string(s, "key"), text(s, "title"), text(s, "body")));
        Map<DeadlineRule, Meeting.DeadlineOverride> overrides = new EnumMap<>(DeadlineRule.class);
        for (JsonNode o : texts.nodes(rows.overrides())) {
            overrides.put(DeadlineRule.valueOf(string(o, "rule")),
                    new Meeting.DeadlineOverride(date(o, "day"), string(o, "note")));
        }
        return new Meeting(m.id(), m.code(), m.studyGroup(), m.title(), m.place(), m.venue(), m.firstDay(),
                m.lastDay(), m.zone(), m.openingTime(), m.registrationTime(), m.registrationPlace(), m.chair(),
                m.letter(), m.contact(), m.agendaUpdateRef(), m.timePlanUpdateRef(), events, agenda, cells, sections,
                Map.copyOf(overrides), m.version());
    }

    private <T> List<T> list(String array, java.util.function.Function<JsonNode, T> row) {
        List<T> out = new ArrayList<>();
        for (JsonNode n : texts.nodes(array)) {
            out.add(row.apply(n));
        }
        return List.copyOf(out);
    }

    private LocalizedText text(JsonNode row, String field) {
        return texts.read(row.get(field));
    }

    private static String string(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static LocalDate date(JsonNode row, String field) {
        String s = string(row, field);
        return s == null ? null : LocalDate.parse(s);
    }

    private static LocalTime time(JsonNode row, String field) {
        String s = string(row, field);
        return s == null ? null : LocalTime.parse(s);
    }
}
