package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published when a focal point or the secretariat rejects a registration; the reason goes to the
 * delegate, with the meeting's code and title (no listener reloads the meeting).
 */
public record RegistrationRejected(RegistrationId id, MeetingId meeting, String meetingCode,
        LocalizedText meetingTitle, AccountId account, String reason, Instant at) {
}
