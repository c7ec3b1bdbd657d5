package org.plenary.meetings;

import static org.plenary.meetings.MeetingChanges.orEmpty;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.plenary.shared.InputLimits;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting a meeting up: creating it, changing its details (days, zone, venue, contact), naming its officers. */
@Service
public class MeetingSetup {

    /** A meeting lasts at most this many days, first and last included. */
    static final int MAX_DAYS = 31;

    private final Meetings meetings;
    private final MeetingManagement reading;
    private final MeetingChanges changes;
    private final Clock clock;

    MeetingSetup(Meetings meetings, MeetingManagement reading, MeetingChanges changes, Clock clock) {
        this.meetings = meetings;
        this.reading = reading;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void addOfficer(String code, UUID account) {
        meetings.addOfficer(reading.get(code).id(), account);
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting create(String code, int studyGroup, MeetingDetails d) {
        StudyGroup sg = reading.studyGroup(studyGroup);
        if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9-]{1,39}")) {
            throw PlenaryException.invalid("meeting.codeInvalid");
        }
        if (meetings.byCode(code).isPresent()) {
            throw PlenaryException.conflict("meeting.codeTaken", code);
        }
        ZoneId zone = validate(d);
        Meeting m = new Meeting(MeetingId.random(), code, sg.number(), d.title(), d.place(), d.venue(), d.firstDay(),
                d.lastDay(), zone, d.openingTime(), d.registrationTime(), orEmpty(d.registrationPlace()),
                orEmpty(d.chair()),
                new Meeting.Letter(LocalizedText.of(Map.of()), null, null, List.of(), LocalizedText.of(Map.of()),
                        LocalizedText.of(Map.of())),
                new Meeting.Contact(d.contactPhone(), null, d.contactEmail(), null), null, null, List.of(), List.of(),
                List.of(), List.of(), Map.of(), 0);
        meetings.insert(m, sg.id(), clock.instant());
        return reading.get(m.id());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Meeting updateDetails(String code, MeetingDetails d, long expectedVersion) {
        Meeting m = reading.get(code);
        ZoneId zone = validate(d);
        return changes.save(m.change()
                .details(d.title(), orEmpty(d.place()), orEmpty(d.venue()), d.firstDay(), d.lastDay(), zone,
                        d.openingTime(), d.registrationTime(), orEmpty(d.registrationPlace()), orEmpty(d.chair()))
                .contact(new Meeting.Contact(d.contactPhone(), m.contact().fax(), d.contactEmail(), m.contact().url()))
                .timePlan(m.timePlan().stream().filter(c -> !c.day().isAfter(d.lastDay())).toList())
                .version(expectedVersion));
    }

    private ZoneId validate(MeetingDetails d) {
        changes.requireBounded(d);
        return validateDetails(d);
    }

    private static ZoneId validateDetails(MeetingDetails d) {
        if (d.title() == null || d.title().get("en").isBlank()) {
            throw PlenaryException.invalid("meeting.titleRequired");
        }
        if (d.firstDay() == null || d.lastDay() == null) {
            throw PlenaryException.invalid("meeting.daysRequired");
        }
        if (d.lastDay().isBefore(d.firstDay())) {
            throw PlenaryException.invalid("meeting.endBeforeStart");
        }
        if (ChronoUnit.DAYS.between(d.firstDay(), d.lastDay()) + 1 > MAX_DAYS) {
            throw PlenaryException.invalid("meeting.tooLong", MAX_DAYS);
        }
        if (d.openingTime() == null || d.registrationTime() == null) {
            throw PlenaryException.invalid("meeting.timesRequired");
        }
        if (!InputLimits.isPlausible(d.firstDay()) || !InputLimits.isPlausible(d.lastDay())) {
            throw PlenaryException.invalid("problem.dateOutOfRange", "firstDay", String.valueOf(InputLimits.FIRST_YEAR),
                    String.valueOf(InputLimits.LAST_YEAR));
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(d.timeZone());
        } catch (DateTimeException | NullPointerException e) {
            throw PlenaryException.invalid("meeting.zoneUnknown", d.timeZone());
        }
        // Calendars (iCalendar VTIMEZONE) and the tz database know regions only: "+14:00" or "UTC+1" are not zones.
        if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
            throw PlenaryException.invalid("meeting.zoneRegion", d.timeZone());
        }
        return zone;
    }
}
