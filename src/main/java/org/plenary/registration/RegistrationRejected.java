package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/** Published when a focal point or the secretariat rejects a registration; the reason goes to the delegate. */
public record RegistrationRejected(RegistrationId id, MeetingId meeting, AccountId account, String reason,
        Instant at) {
}
