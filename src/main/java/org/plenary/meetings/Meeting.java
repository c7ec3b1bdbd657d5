package org.plenary.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.plenary.shared.LocalizedText;

/**
 * A study-group meeting as its collective letter describes it. Days are inclusive and local to
 * {@link #zone()}. Texts that appear in the letter are {@link LocalizedText}.
 */
public record Meeting(
        MeetingId id,
        String code,
        int studyGroup,
        LocalizedText title,
        LocalizedText place,
        LocalizedText venue,
        LocalDate firstDay,
        LocalDate lastDay,
        ZoneId zone,
        LocalTime openingTime,
        LocalTime registrationTime,
        LocalizedText registrationPlace,
        LocalizedText chair,
        Letter letter,
        Contact contact,
        String agendaUpdateRef,
        String timePlanUpdateRef,
        List<CoLocatedEvent> coLocatedEvents,
        List<AgendaItem> agenda,
        List<TimePlanCell> timePlan,
        List<PracticalSection> practicalInformation,
        Map<DeadlineRule, DeadlineOverride> deadlineOverrides,
        long version) {

    /** The collective letter that convenes the meeting. */
    public record Letter(LocalizedText reference, String file, LocalDate date, List<LocalizedText> addressees,
            LocalizedText signatory, LocalizedText signatoryTitle) {
    }

    public record Contact(String phone, String fax, String email, String url) {
    }

    public record CoLocatedEvent(LocalizedText title, LocalDate day, LocalTime start, LocalTime end,
            String reference) {
    }

    /** An agenda item numbered "5" or "5.1"; sub-items follow their parent. */
    public record AgendaItem(String number, LocalizedText title) {
        public int depth() {
            return number.split("\\.").length - 1;
        }
    }

    /** One cell of the day × morning/afternoon grid; free text, one line per entry. */
    public record TimePlanCell(LocalDate day, HalfDay half, LocalizedText text) {
    }

    public record PracticalSection(String key, LocalizedText title, LocalizedText body) {
    }

    public record DeadlineOverride(LocalDate day, String note) {
    }

    /** All days from the first to the last, inclusive. */
    public List<LocalDate> days() {
        return Stream.iterate(firstDay, d -> !d.isAfter(lastDay), d -> d.plusDays(1)).toList();
    }

    /** Days of the time plan: co-located events before the meeting are shown too (Annex B starts on 8 June). */
    public List<LocalDate> timePlanDays() {
        LocalDate start = coLocatedEvents.stream().map(CoLocatedEvent::day).filter(d -> d.isBefore(firstDay))
                .min(LocalDate::compareTo).orElse(firstDay);
        return Stream.iterate(start, d -> !d.isAfter(lastDay), d -> d.plusDays(1)).toList();
    }

    public Optional<TimePlanCell> cell(LocalDate day, HalfDay half) {
        return timePlan.stream().filter(c -> c.day().equals(day) && c.half() == half).findFirst();
    }

    public String prefix() {
        return "SG" + studyGroup;
    }
}
