package org.plenary.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.plenary.meetings.Meeting.AgendaItem;
import org.plenary.meetings.Meeting.CoLocatedEvent;
import org.plenary.meetings.Meeting.Letter;
import org.plenary.meetings.Meeting.PracticalSection;
import org.plenary.meetings.Meeting.TimePlanCell;
import org.plenary.shared.InputLimits;
import org.plenary.shared.LocalizedText;

/**
 * Every text of a meeting the secretariat writes and translates, each under a stable key: the
 * details, the letter's particulars, the co-located events, the agenda items, the time-plan cells
 * and Annex A. The translation pages list them in this order; {@link #with} writes one language
 * of one text back into the meeting.
 */
public final class MeetingTexts {

    /** The kinds of text, in the order the pages group them; each has a label in the bundles. */
    public enum Kind {
        TITLE(InputLimits.TITLE), PLACE(InputLimits.NAME), VENUE(InputLimits.NAME),
        REGISTRATION_PLACE(InputLimits.NAME), CHAIR(InputLimits.NAME), LETTER_REFERENCE(InputLimits.REFERENCE),
        LETTER_ADDRESSEE(InputLimits.TITLE), LETTER_SIGNATORY(InputLimits.NAME),
        LETTER_SIGNATORY_TITLE(InputLimits.NAME), EVENT(InputLimits.TITLE), AGENDA_ITEM(InputLimits.TITLE),
        TIME_PLAN_CELL(InputLimits.PARAGRAPH), ANNEX_TITLE(InputLimits.TITLE), ANNEX_BODY(InputLimits.TEXT);

        /** The longest text of this kind, in characters, as the editing forms allow. */
        private final int limit;

        Kind(int limit) {
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }

        /** Whether its text runs over lines (a text area rather than a line). */
        public boolean multiline() {
            return limit >= InputLimits.PARAGRAPH;
        }
    }

    /**
     * One text: its key, its kind, what tells it apart from others of its kind (an agenda number,
     * a day and half-day, a section's English title), and the text in every language it exists in.
     */
    public record Entry(String key, Kind kind, String qualifier, LocalDate day, HalfDay half, LocalizedText text) {

        Entry(String key, Kind kind, String qualifier, LocalizedText text) {
            this(key, kind, qualifier, null, null, text);
        }
    }

    private MeetingTexts() {
    }

    static List<Entry> of(Meeting m) {
        List<Entry> all = new ArrayList<>();
        all.add(new Entry("title", Kind.TITLE, "", m.title()));
        all.add(new Entry("place", Kind.PLACE, "", m.place()));
        all.add(new Entry("venue", Kind.VENUE, "", m.venue()));
        all.add(new Entry("registrationPlace", Kind.REGISTRATION_PLACE, "", m.registrationPlace()));
        all.add(new Entry("chair", Kind.CHAIR, "", m.chair()));
        Letter l = m.letter();
        if (l != null) {
            all.add(new Entry("letter.reference", Kind.LETTER_REFERENCE, "", l.reference()));
            for (int i = 0; i < l.addressees().size(); i++) {
                all.add(new Entry("letter.addressee." + i, Kind.LETTER_ADDRESSEE, String.valueOf(i + 1),
                        l.addressees().get(i)));
            }
            all.add(new Entry("letter.signatory", Kind.LETTER_SIGNATORY, "", l.signatory()));
            all.add(new Entry("letter.signatoryTitle", Kind.LETTER_SIGNATORY_TITLE, "", l.signatoryTitle()));
        }
        for (int i = 0; i < m.coLocatedEvents().size(); i++) {
            CoLocatedEvent e = m.coLocatedEvents().get(i);
            all.add(new Entry("event." + i, Kind.EVENT, e.reference() == null ? "" : e.reference(), e.day(), null,
                    e.title()));
        }
        for (AgendaItem a : m.agenda()) {
            all.add(new Entry("agenda." + a.number(), Kind.AGENDA_ITEM, a.number(), a.title()));
        }
        for (TimePlanCell c : m.timePlan()) {
            all.add(new Entry("timePlan." + c.day() + "." + c.half(), Kind.TIME_PLAN_CELL, "", c.day(), c.half(),
                    c.text()));
        }
        for (PracticalSection s : m.practicalInformation()) {
            String name = s.title().get("en").isEmpty() ? s.key() : s.title().get("en");
            all.add(new Entry("annex." + s.key() + ".title", Kind.ANNEX_TITLE, name, s.title()));
            all.add(new Entry("annex." + s.key() + ".body", Kind.ANNEX_BODY, name, s.body()));
        }
        all.replaceAll(e -> e.text() == null
                ? new Entry(e.key(), e.kind(), e.qualifier(), e.day(), e.half(), LocalizedText.of(null)) : e);
        return all;
    }

    static Optional<Entry> find(Meeting m, String key) {
        return of(m).stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** The meeting with one language of one text replaced (blank removes it); empty for an unknown key. */
    static Optional<Meeting.Changes> with(Meeting m, String key, String language, String text) {
        UnaryOperator<LocalizedText> put = t -> orEmpty(t).with(language, text);
        Meeting.Changes c = m.change();
        Letter l = m.letter();
        switch (key) {
            case "title" -> c.details(put.apply(m.title()), m.place(), m.venue(), m.firstDay(), m.lastDay(), m.zone(),
                    m.openingTime(), m.registrationTime(), m.registrationPlace(), m.chair());
            case "place" -> c.details(m.title(), put.apply(m.place()), m.venue(), m.firstDay(), m.lastDay(), m.zone(),
                    m.openingTime(), m.registrationTime(), m.registrationPlace(), m.chair());
            case "venue" -> c.details(m.title(), m.place(), put.apply(m.venue()), m.firstDay(), m.lastDay(), m.zone(),
                    m.openingTime(), m.registrationTime(), m.registrationPlace(), m.chair());
            case "registrationPlace" -> c.details(m.title(), m.place(), m.venue(), m.firstDay(), m.lastDay(), m.zone(),
                    m.openingTime(), m.registrationTime(), put.apply(m.registrationPlace()), m.chair());
            case "chair" -> c.details(m.title(), m.place(), m.venue(), m.firstDay(), m.lastDay(), m.zone(),
                    m.openingTime(), m.registrationTime(), m.registrationPlace(), put.apply(m.chair()));
            case "letter.reference" -> c.letter(l == null ? null : new Letter(put.apply(l.reference()), l.file(),
                    l.date(), l.addressees(), l.signatory(), l.signatoryTitle()));
            case "letter.signatory" -> c.letter(l == null ? null : new Letter(l.reference(), l.file(), l.date(),
                    l.addressees(), put.apply(l.signatory()), l.signatoryTitle()));
            case "letter.signatoryTitle" -> c.letter(l == null ? null : new Letter(l.reference(), l.file(), l.date(),
                    l.addressees(), l.signatory(), put.apply(l.signatoryTitle())));
            default -> {
                if (!withListed(m, c, key, put)) {
                    return Optional.empty();
                }
            }
        }
        return find(m, key).map(e -> c);
    }

    private static boolean withListed(Meeting m, Meeting.Changes c, String key, UnaryOperator<LocalizedText> put) {
        Letter l = m.letter();
        if (key.startsWith("letter.addressee.") && l != null) {
            int i = index(key.substring("letter.addressee.".length()), l.addressees().size());
            if (i < 0) {
                return false;
            }
            List<LocalizedText> addressees = new ArrayList<>(l.addressees());
            addressees.set(i, put.apply(addressees.get(i)));
            c.letter(new Letter(l.reference(), l.file(), l.date(), addressees, l.signatory(), l.signatoryTitle()));
        } else if (key.startsWith("event.")) {
            int i = index(key.substring("event.".length()), m.coLocatedEvents().size());
            if (i < 0) {
                return false;
            }
            List<CoLocatedEvent> events = new ArrayList<>(m.coLocatedEvents());
            CoLocatedEvent e = events.get(i);
            events.set(i, new CoLocatedEvent(put.apply(e.title()), e.day(), e.start(), e.end(), e.reference()));
            c.coLocatedEvents(events);
        } else if (key.startsWith("agenda.")) {
            c.agenda(m.agenda().stream().map(a -> key.equals("agenda." + a.number())
                    ? new AgendaItem(a.number(), put.apply(a.title())) : a).toList());
        } else if (key.startsWith("timePlan.")) {
            c.timePlan(m.timePlan().stream().map(t -> key.equals("timePlan." + t.day() + "." + t.half())
                    ? new TimePlanCell(t.day(), t.half(), put.apply(t.text())) : t).toList());
        } else if (key.startsWith("annex.")) {
            c.practicalInformation(m.practicalInformation().stream().map(s -> key.equals("annex." + s.key() + ".title")
                    ? new PracticalSection(s.key(), put.apply(s.title()), s.body())
                    : key.equals("annex." + s.key() + ".body") ? new PracticalSection(s.key(), s.title(), put.apply(s.body()))
                    : s).toList());
        } else {
            return false;
        }
        return true;
    }

    private static int index(String digits, int size) {
        if (!digits.matches("[0-9]{1,3}")) {
            return -1;
        }
        int i = Integer.parseInt(digits);
        return i < size ? i : -1;
    }

    private static LocalizedText orEmpty(LocalizedText t) {
        return MeetingChanges.orEmpty(t);
    }
}
