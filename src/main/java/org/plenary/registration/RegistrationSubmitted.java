package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published when a registration is submitted or re-submitted; carries the meeting's code and title
 * for the mails.
 *
 * @param decidedBySecretariat whether the secretariat, not a focal point, decides it (invited experts)
 * @param automaticallyApproved whether it was approved at once (organisation setting, or a focal point's own)
 */
public record RegistrationSubmitted(RegistrationId id, MeetingId meeting, String meetingCode,
        LocalizedText meetingTitle, AccountId account,
        OrganisationId organisation, boolean decidedBySecretariat, boolean automaticallyApproved, boolean late,
        Instant at) {
}
