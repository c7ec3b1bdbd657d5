package org.plenary.meetings;

import org.plenary.shared.TextSize;
import org.plenary.shared.InputLimits;
import jakarta.validation.constraints.Size;
import java.time.Instant;
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
    public record Letter(@TextSize(max = InputLimits.REFERENCE) LocalizedText reference,
            @Size(max = InputLimits.CODE) String file, LocalDate date,
            @Size(max = 50) @TextSize(max = InputLimits.TITLE) List<LocalizedText> addressees,
            @TextSize(max = InputLimits.NAME) LocalizedText signatory,
            @TextSize(max = InputLimits.NAME) LocalizedText signatoryTitle) {
    }

    public record Contact(@Size(max = InputLimits.CODE) String phone, @Size(max = InputLimits.CODE) String fax,
            @Size(max = InputLimits.NAME) String email, @Size(max = InputLimits.TITLE) String url) {
    }

    public record CoLocatedEvent(@TextSize(max = InputLimits.TITLE) LocalizedText title, LocalDate day,
            LocalTime start, LocalTime end, @Size(max = InputLimits.REFERENCE) String reference) {
    }

    /** An agenda item numbered "5" or "5.1"; sub-items follow their parent. */
    public record AgendaItem(@Size(max = InputLimits.AGENDA_NUMBER) String number,
            @TextSize(max = InputLimits.TITLE) LocalizedText title) {
        public int depth() {
            return number.split("\\.").length - 1;
        }
    }

    /** One cell of the day × morning/afternoon grid; free text, one line per entry. */
    public record TimePlanCell(LocalDate day, HalfDay half, @TextSize(max = InputLimits.PARAGRAPH) LocalizedText text) {
    }

    public record PracticalSection(@Size(max = InputLimits.CODE) String key,
            @TextSize(max = InputLimits.TITLE) LocalizedText title, @TextSize(max = InputLimits.TEXT) LocalizedText body) {
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

    /** The end of the last day in the meeting's zone: from then on it is over. */
    public Instant endsAt() {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether the meeting is over at {@code now}: nothing more can be registered or requested for it. */
    public boolean isOver(Instant now) {
        return !now.isBefore(endsAt());
    }

    /** A copy to change: set what changes, keep the rest (id, code and study group never change). */
    public Changes change() {
        return new Changes(this);
    }

    /** Copy-and-change for the aggregate, so an edit names only the parts it touches. */
    public static final class Changes {
        private final Meeting from;
        private LocalizedText title;
        private LocalizedText place;
        private LocalizedText venue;
        private LocalDate firstDay;
        private LocalDate lastDay;
        private ZoneId zone;
        private LocalTime openingTime;
        private LocalTime registrationTime;
        private LocalizedText registrationPlace;
        private LocalizedText chair;
        private Letter letter;
        private Contact contact;
        private String agendaUpdateRef;
        private String timePlanUpdateRef;
        private List<CoLocatedEvent> coLocatedEvents;
        private List<AgendaItem> agenda;
        private List<TimePlanCell> timePlan;
        private List<PracticalSection> practicalInformation;
        private Map<DeadlineRule, DeadlineOverride> deadlineOverrides;
        private long version;

        private Changes(Meeting m) {
            from = m;
            title = m.title;
            place = m.place;
            venue = m.venue;
            firstDay = m.firstDay;
            lastDay = m.lastDay;
            zone = m.zone;
            openingTime = m.openingTime;
            registrationTime = m.registrationTime;
            registrationPlace = m.registrationPlace;
            chair = m.chair;
            letter = m.letter;
            contact = m.contact;
            agendaUpdateRef = m.agendaUpdateRef;
            timePlanUpdateRef = m.timePlanUpdateRef;
            coLocatedEvents = m.coLocatedEvents;
            agenda = m.agenda;
            timePlan = m.timePlan;
            practicalInformation = m.practicalInformation;
            deadlineOverrides = m.deadlineOverrides;
            version = m.version;
        }

        /** The details the secretariat edits on the meeting's form. */
        public Changes details(LocalizedText title, LocalizedText place, LocalizedText venue, LocalDate firstDay,
                LocalDate lastDay, ZoneId zone, LocalTime openingTime, LocalTime registrationTime,
                LocalizedText registrationPlace, LocalizedText chair) {
            this.title = title;
            this.place = place;
            this.venue = venue;
            this.firstDay = firstDay;
            this.lastDay = lastDay;
            this.zone = zone;
            this.openingTime = openingTime;
            this.registrationTime = registrationTime;
            this.registrationPlace = registrationPlace;
            this.chair = chair;
            return this;
        }

        public Changes letter(Letter letter) {
            this.letter = letter;
            return this;
        }

        public Changes contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        public Changes updateRefs(String agendaUpdateRef, String timePlanUpdateRef) {
            this.agendaUpdateRef = agendaUpdateRef;
            this.timePlanUpdateRef = timePlanUpdateRef;
            return this;
        }

        public Changes coLocatedEvents(List<CoLocatedEvent> events) {
            this.coLocatedEvents = List.copyOf(events);
            return this;
        }

        public Changes agenda(List<AgendaItem> agenda) {
            this.agenda = List.copyOf(agenda);
            return this;
        }

        public Changes timePlan(List<TimePlanCell> timePlan) {
            this.timePlan = List.copyOf(timePlan);
            return this;
        }

        public Changes practicalInformation(List<PracticalSection> sections) {
            this.practicalInformation = List.copyOf(sections);
            return this;
        }

        public Changes deadlineOverrides(Map<DeadlineRule, DeadlineOverride> overrides) {
            this.deadlineOverrides = Map.copyOf(overrides);
            return this;
        }

        /** The version the change was made against (optimistic locking). */
        public Changes version(long version) {
            this.version = version;
            return this;
        }

        /** The meeting as it was before this change. */
        public Meeting origin() {
            return from;
        }

        public Meeting build() {
            return new Meeting(from.id, from.code, from.studyGroup, title, place, venue, firstDay, lastDay, zone,
                    openingTime, registrationTime, registrationPlace, chair, letter, contact, agendaUpdateRef,
                    timePlanUpdateRef, coLocatedEvents, agenda, timePlan, practicalInformation, deadlineOverrides,
                    version);
        }
    }
}
