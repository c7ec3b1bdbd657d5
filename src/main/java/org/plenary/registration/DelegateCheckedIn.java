package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/** Published when the registration desk records a delegate's first arrival at the meeting's venue. */
public record DelegateCheckedIn(RegistrationId id, MeetingId meeting, AccountId account, Instant at) {
}
