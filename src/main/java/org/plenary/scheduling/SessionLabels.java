package org.plenary.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.plenary.meetings.HalfDay;
import org.plenary.meetings.Meeting;
import org.plenary.scheduling.solver.Slot;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names of sessions in the reader's language ({@code ${@sessionLabels.label(s, 12)}}), and the
 * Annex B time-plan grid derived from sessions, falling back to the meeting's free-text cells.
 */
@Component("sessionLabels")
public class SessionLabels {

    private final MessageSource messages;

    SessionLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(Session s, int studyGroup) {
        return label(s, studyGroup, LocaleContextHolder.getLocale());
    }

    public String label(Session s, int sg, Locale locale) {
        String questions = s.questions().stream().map(q -> "Q" + q + "/" + sg).collect(Collectors.joining(", "));
        String base = messages.getMessage("scheduling.kind." + s.kind().name() + ".label",
                new Object[] {String.valueOf(sg), s.workingParty() == null ? "" : String.valueOf(s.workingParty()),
                        questions, s.title() == null ? "" : s.title()},
                locale);
        if (s.title() != null && s.kind() != SessionKind.WORKSHOP && s.kind() != SessionKind.AD_HOC) {
            base = base + " — " + s.title();
        }
        return base;
    }

    public String kind(SessionKind kind) {
        return messages.getMessage("scheduling.kind." + kind.name(), null, LocaleContextHolder.getLocale());
    }

    public String constraint(String name) {
        return messages.getMessage("scheduling.constraint." + name, null, name, LocaleContextHolder.getLocale());
    }

    /** A row of the grid: lines derived from sessions, or the letter's free text when no session falls there. */
    public record Row(LocalDate day, boolean weekend, Cell morning, Cell afternoon) {
    }

    public record Cell(List<String> lines, boolean freeText) {
        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    public List<Row> timePlan(Meeting m, List<Session> sessions) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Row> rows = new ArrayList<>();
        for (LocalDate day : m.timePlanDays()) {
            Cell morning = cell(m, sessions, day, HalfDay.MORNING, locale);
            Cell afternoon = cell(m, sessions, day, HalfDay.AFTERNOON, locale);
            boolean weekend = (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                    && morning.isEmpty() && afternoon.isEmpty();
            if (weekend && !rows.isEmpty() && rows.get(rows.size() - 1).weekend()) {
                continue;
            }
            rows.add(new Row(day, weekend, morning, afternoon));
        }
        return rows;
    }

    private Cell cell(Meeting m, List<Session> sessions, LocalDate day, HalfDay half, Locale locale) {
        List<Session> here = sessions.stream()
                .filter(s -> s.placed() && s.day().equals(day) && Slot.halfOf(s.start()) == half)
                .sorted(Comparator.comparing(Session::start)).toList();
        if (here.isEmpty()) {
            List<String> free = m.cell(day, half).map(c -> List.of(c.text().in(locale).split("\n"))).orElse(List.of());
            return new Cell(free, true);
        }
        Map<String, List<Session>> groups = new LinkedHashMap<>();
        for (Session s : here) {
            String key = s.kind().questionSession() ? "parallel"
                    : s.kind().workingPartyPlenary() ? s.kind().name() : s.id().toString();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        int sg = m.studyGroup();
        List<String> lines = new ArrayList<>();
        groups.forEach((key, list) -> {
            if (key.equals("parallel")) {
                String qs = list.stream().flatMap(s -> s.questions().stream()).distinct().sorted()
                        .map(q -> "Q" + q + "/" + sg).collect(Collectors.joining(", "));
                lines.add(messages.getMessage("scheduling.timePlan.parallel", new Object[] {qs}, locale));
            } else if (list.get(0).kind().workingPartyPlenary()) {
                String wps = list.stream().map(s -> "WP" + s.workingParty() + "/" + sg)
                        .collect(Collectors.joining(", "));
                lines.add(messages.getMessage("scheduling.timePlan." + key, new Object[] {wps}, locale));
            } else {
                lines.add(label(list.get(0), sg, locale));
            }
        });
        return new Cell(lines, false);
    }
}
