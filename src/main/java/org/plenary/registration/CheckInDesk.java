package org.plenary.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Formats;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration desk: scans badges from the day before the meeting opens to its last day
 * (in the meeting's zone) and lists who has arrived.
 */
@Service
public class CheckInDesk {

    private final Registrations registrations;
    private final MeetingManagement meetings;
    private final ApplicationEventPublisher events;
    private final Formats fmt;
    private final Clock clock;

    CheckInDesk(Registrations registrations, MeetingManagement meetings, ApplicationEventPublisher events, Formats fmt,
            Clock clock) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.events = events;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** The outcome of scanning a badge at the desk. */
    public record CheckIn(Registration registration, boolean first, Instant at) {
    }

    /** The desk opens at midnight the day before the first day, in the meeting's zone. */
    public static Instant opens(Meeting m) {
        return m.firstDay().minusDays(1).atStartOfDay(m.zone()).toInstant();
    }

    /** The desk closes at the end of the last day, in the meeting's zone. */
    public static Instant closes(Meeting m) {
        return m.lastDay().plusDays(1).atStartOfDay(m.zone()).toInstant();
    }

    /** Whether the desk accepts scans now; the page offers the form only then. */
    public boolean isOpen(Meeting m) {
        Instant now = clock.instant();
        return !now.isBefore(opens(m)) && now.isBefore(closes(m));
    }

    /** Whether the desk has yet to open (otherwise, when not open, the meeting is over). */
    public boolean notYetOpen(Meeting m) {
        return clock.instant().isBefore(opens(m));
    }

    /** Records the delegate's arrival once; a second scan tells when the first one was. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public CheckIn checkIn(MeetingId meeting, String code) {
        PlenaryPrincipal me = CurrentUser.require();
        Meeting m = meetings.get(meeting);
        requireOpen(m);
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        Registration r = registrations.byBadgeCode(meeting, c)
                .orElseThrow(() -> PlenaryException.notFound("checkIn.unknownCode", c));
        if (r.status() != RegistrationStatus.APPROVED || !r.inPerson()) {
            throw PlenaryException.conflict("checkIn.notApprovedInPerson");
        }
        Instant now = clock.instant();
        if (registrations.checkIn(r.id(), now, me.accountId())) {
            events.publishEvent(new DelegateCheckedIn(r.id(), meeting, r.account(), now));
            return new CheckIn(registrations.byId(r.id()).orElseThrow(), true, now);
        }
        Registration again = registrations.byId(r.id()).orElseThrow();
        return new CheckIn(again, false, again.checkedInAt());
    }

    /** The refusal says from when (or until when) the desk is open, in the meeting's zone. */
    private void requireOpen(Meeting m) {
        Instant now = clock.instant();
        if (now.isBefore(opens(m))) {
            throw PlenaryException.conflict("checkIn.notYetOpen", fmt.dateTime(opens(m), m.zone()));
        }
        if (!now.isBefore(closes(m))) {
            throw PlenaryException.conflict("checkIn.closed", fmt.date(m.lastDay()));
        }
    }
}
