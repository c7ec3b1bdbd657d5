package org.plenary.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** A meeting's children, in the order and shape {@link Meeting} holds them. */
    record Children(List<Meeting.CoLocatedEvent> events, List<Meeting.AgendaItem> agenda,
            List<Meeting.TimePlanCell> cells, List<Meeting.PracticalSection> sections,
            Map<DeadlineRule, Meeting.DeadlineOverride> overrides) {
    }

    /** The children from the {@link #COLUMNS} of the current row; a column is null when its table has no row. */
    Children read(ResultSet rs) throws SQLException {
        List<Meeting.CoLocatedEvent> events = list(rs.getString("children_events"), e -> new Meeting.CoLocatedEvent(
                text(e, "title"), date(e, "day"), time(e, "start_time"), time(e, "end_time"), string(e, "reference")));
        List<Meeting.AgendaItem> agenda = list(rs.getString("children_agenda"),
                a -> new Meeting.AgendaItem(string(a, "number"), text(a, "title")));
        List<Meeting.TimePlanCell> cells = list(rs.getString("children_cells"), c -> new Meeting.TimePlanCell(
                date(c, "day"), HalfDay.valueOf(string(c, "half")), text(c, "text")));
        List<Meeting.PracticalSection> sections = list(rs.getString("children_sections"),
                s -> new Meeting.PracticalSection(string(s, "key"), text(s, "title"), text(s, "body")));
        Map<DeadlineRule, Meeting.DeadlineOverride> overrides = new EnumMap<>(DeadlineRule.class);
        for (JsonNode o : texts.nodes(rs.getString("children_overrides"))) {
            overrides.put(DeadlineRule.valueOf(string(o, "rule")),
                    new Meeting.DeadlineOverride(date(o, "day"), string(o, "note")));
        }
        return new Children(events, agenda, cells, sections, Map.copyOf(overrides));
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
