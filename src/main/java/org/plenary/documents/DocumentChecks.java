package org.plenary.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.StudyGroup;
import org.plenary.shared.PlenaryException;

/** The checks a submission and an allocation share: the study group's structure, series, contacts, texts. */
final class DocumentChecks {

    private static final Pattern SERIES = Pattern.compile("PLEN|GEN|WP([1-9][0-9]?)");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;\"]+@[^@\\s,;\"]+$");

    private DocumentChecks() {
    }

    /**
     * The Questions and working parties against the study group, and a proposed agenda item against the
     * meeting's agenda; the meeting is asked for only when an item is proposed (a TD reads the full
     * meeting only then, issue 15).
     */
    static void checkStructure(StudyGroup sg, Supplier<Meeting> meeting, List<Integer> questions, List<Integer> wps,
            String agendaItem) {
        for (Integer q : questions == null ? List.<Integer>of() : questions) {
            if (q == null || sg.question(q).isEmpty()) {
                throw PlenaryException.invalid("documents.questionUnknown", q, sg.number());
            }
        }
        for (Integer w : wps == null ? List.<Integer>of() : wps) {
            if (w == null || sg.workingParty(w).isEmpty()) {
                throw PlenaryException.invalid("documents.workingPartyUnknown", w, sg.number());
            }
        }
        if (agendaItem != null && !agendaItem.isBlank()) {
            checkAgendaItem(meeting.get(), agendaItem.strip());
        }
    }

    static void checkAgendaItem(Meeting m, String item) {
        if (m.agenda().stream().noneMatch(a -> a.number().equals(item))) {
            throw PlenaryException.invalid("documents.agendaItemUnknown", item);
        }
    }

    static String series(StudyGroup sg, String series) {
        String s = series == null ? "" : series.strip().toUpperCase(Locale.ROOT);
        Matcher mt = SERIES.matcher(s);
        if (!mt.matches() || (mt.group(1) != null && sg.workingParty(Integer.parseInt(mt.group(1))).isEmpty())) {
            throw PlenaryException.invalid("documents.seriesUnknown", series);
        }
        return s;
    }

    static List<String> emails(List<String> emails) {
        List<String> out = new ArrayList<>();
        for (String e : emails == null ? List.<String>of() : emails) {
            if (e == null || e.isBlank()) {
                continue;
            }
            if (!EMAIL.matcher(e.strip()).matches()) {
                throw PlenaryException.invalid("documents.contactEmailInvalid", e.strip());
            }
            if (!out.contains(e.strip())) {
                out.add(e.strip());
            }
        }
        if (out.size() > 20) {
            throw PlenaryException.invalid("documents.contactEmailInvalid", out.get(20));
        }
        return out;
    }

    static String required(String s, String key, int max) {
        if (s == null || s.isBlank()) {
            throw PlenaryException.invalid(key);
        }
        if (s.strip().length() > max) {
            throw PlenaryException.invalid("documents.tooLong", max);
        }
        return s.strip();
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).distinct().toList();
    }
}
