package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published when a registration becomes approved (by a focal point, the secretariat, or automatically);
 * carries the meeting's code and title for the mail, so that no listener reloads the meeting.
 */
public record RegistrationApproved(RegistrationId id, MeetingId meeting, String meetingCode,
        LocalizedText meetingTitle, AccountId account, Instant at) {
}
