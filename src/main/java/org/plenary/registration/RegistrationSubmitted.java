package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;

/**
 * Published when a registration is submitted or re-submitted.
 *
 * @param decidedBySecretariat whether the secretariat, not a focal point, decides it (invited experts)
 * @param automaticallyApproved whether it was approved at once (organisation setting, or a focal point's own)
 */
public record RegistrationSubmitted(RegistrationId id, MeetingId meeting, AccountId account,
        OrganisationId organisation, boolean decidedBySecretariat, boolean automaticallyApproved, boolean late,
        Instant at) {
}
