package org.plenary.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting's programme: the agenda (numbered items, sub-items under their parent), the time
 * plan, and the TDs that update them. The secretariat and the meeting's own chair edit it.
 */
@Service
public class ProgrammeEditing {

    private final MeetingManagement reading;
    private final MeetingChanges changes;

    ProgrammeEditing(MeetingManagement reading, MeetingChanges changes) {
        this.reading = reading;
        this.changes = changes;
    }

    @Transactional
    @OfficerOfMeeting
    public Meeting addAgendaItem(String code, Meeting.AgendaItem item) {
        Meeting m = reading.get(code);
        if (m.agenda().stream().anyMatch(a -> a.number().equals(item.number()))) {
            throw PlenaryException.conflict("agenda.numberTaken", item.number());
        }
        List<Meeting.AgendaItem> items = new ArrayList<>(m.agenda());
        items.add(item);
        return changes.save(m.change().agenda(sortedAgenda(items)));
    }

    @Transactional
    @OfficerOfMeeting
    public Meeting updateAgendaItem(String code, String number, LocalizedText title) {
        Meeting m = reading.get(code);
        if (m.agenda().stream().noneMatch(a -> a.number().equals(number))) {
            throw PlenaryException.notFound("agenda.itemNotFound", number);
        }
        List<Meeting.AgendaItem> items = m.agenda().stream()
                .map(a -> a.number().equals(number) ? new Meeting.AgendaItem(number, title) : a).toList();
        return changes.save(m.change().agenda(sortedAgenda(items)));
    }

    @Transactional
    @OfficerOfMeeting
    public Meeting removeAgendaItem(String code, String number) {
        Meeting m = reading.get(code);
        if (m.agenda().stream().noneMatch(a -> a.number().equals(number))) {
            throw PlenaryException.notFound("agenda.itemNotFound", number);
        }
        if (m.agenda().stream().anyMatch(a -> a.number().startsWith(number + "."))) {
            throw PlenaryException.conflict("agenda.hasSubItems", number);
        }
        List<Meeting.AgendaItem> items = m.agenda().stream().filter(a -> !a.number().equals(number)).toList();
        return changes.save(m.change().agenda(items));
    }

    @Transactional
    @OfficerOfMeeting
    public Meeting replaceTimePlan(String code, List<Meeting.TimePlanCell> cells, long expectedVersion) {
        Meeting m = reading.get(code);
        List<LocalDate> days = m.timePlanDays();
        Set<String> seen = new HashSet<>();
        List<Meeting.TimePlanCell> kept = new ArrayList<>();
        for (Meeting.TimePlanCell c : cells) {
            if (c.day() == null || c.half() == null || !days.contains(c.day())) {
                throw PlenaryException.invalid("timePlan.dayOutside", c.day());
            }
            if (!seen.add(c.day() + "/" + c.half())) {
                throw PlenaryException.conflict("timePlan.cellTwice", c.day(), c.half());
            }
            if (c.text() != null && !c.text().isEmpty()) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparing(Meeting.TimePlanCell::day).thenComparing(Meeting.TimePlanCell::half));
        return changes.save(m.change().timePlan(kept).version(expectedVersion));
    }

    /** Which part of the programme a temporary document updates (L-DOC-5: SG12-TD360 the agenda, SG12-TD361 the time plan). */
    public enum ProgrammeUpdate {
        AGENDA, TIME_PLAN
    }

    /** Records the TD that now carries the agenda or time-plan update; the meeting page and the letter name it. */
    @Transactional
    @OfficerOfMeeting
    public Meeting recordProgrammeUpdate(MeetingId id, ProgrammeUpdate part, String reference) {
        Meeting m = reading.get(id);
        String agendaRef = part == ProgrammeUpdate.AGENDA ? reference : m.agendaUpdateRef();
        String planRef = part == ProgrammeUpdate.TIME_PLAN ? reference : m.timePlanUpdateRef();
        return changes.save(m.change().updateRefs(agendaRef, planRef));
    }

    /** Validates numbering (1, 5.1 …, each once, sub-items under an existing parent) and sorts numerically. */
    static List<Meeting.AgendaItem> sortedAgenda(List<Meeting.AgendaItem> items) {
        Set<String> numbers = new HashSet<>();
        for (Meeting.AgendaItem a : items) {
            if (a.number() == null || !a.number().matches("[1-9]\\d{0,2}(\\.[1-9]\\d{0,2}){0,3}")) {
                throw PlenaryException.invalid("agenda.numberInvalid", a.number());
            }
            if (a.title() == null || a.title().isEmpty()) {
                throw PlenaryException.invalid("agenda.titleRequired", a.number());
            }
            if (!numbers.add(a.number())) {
                throw PlenaryException.conflict("agenda.numberTaken", a.number());
            }
        }
        for (String n : numbers) {
            int dot = n.lastIndexOf('.');
            if (dot > 0 && !numbers.contains(n.substring(0, dot))) {
                throw PlenaryException.invalid("agenda.parentMissing", n, n.substring(0, dot));
            }
        }
        List<Meeting.AgendaItem> sorted = new ArrayList<>(items);
        sorted.sort((a, b) -> compareNumbers(a.number(), b.number()));
        return sorted;
    }

    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
