package org.plenary.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Derives every deadline of a meeting from its first day by the named rules, honouring overrides. */
public final class DeadlineEngine {

    /** L-RP-2: hours before a non-plenary session by which remote participation must be requested. */
    public static final long REMOTE_PARTICIPATION_HOURS = 24;

    private DeadlineEngine() {
    }

    public static Deadline deadline(DeadlineRule rule, LocalDate firstDay, ZoneId zone,
            Map<DeadlineRule, Meeting.DeadlineOverride> overrides) {
        Meeting.DeadlineOverride o = overrides == null ? null : overrides.get(rule);
        LocalDate day = o != null ? o.day() : rule.dayFor(firstDay);
        Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
        return new Deadline(rule, day, zone, end.minusSeconds(1), end, o != null, o == null ? null : o.note());
    }

    public static List<Deadline> deadlines(Meeting m) {
        return Arrays.stream(DeadlineRule.values())
                .map(r -> deadline(r, m.firstDay(), m.zone(), m.deadlineOverrides()))
                .toList();
    }

    public static Deadline deadline(Meeting m, DeadlineRule rule) {
        return deadline(rule, m.firstDay(), m.zone(), m.deadlineOverrides());
    }

    /** The last instant to request remote participation in a session that starts at {@code sessionStart}. */
    public static Instant remoteParticipationDeadline(ZonedDateTime sessionStart) {
        return sessionStart.toInstant().minusSeconds(REMOTE_PARTICIPATION_HOURS * 3600);
    }
}
