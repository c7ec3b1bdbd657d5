package org.plenary.registration;

import java.time.Instant;
import java.time.LocalDate;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published when a registration is submitted or re-submitted; carries what the mails say of the
 * meeting (code, title, place and days), the delegate's address, name and language as stored at the
 * submission, and the organisation's name, so that no listener reloads them.
 *
 * @param decidedBySecretariat whether the secretariat, not a focal point, decides it (invited experts)
 * @param automaticallyApproved whether it was approved at once (organisation setting, or a focal point's own)
 */
public record RegistrationSubmitted(RegistrationId id, MeetingId meeting, String meetingCode,
        LocalizedText meetingTitle, LocalizedText meetingPlace, LocalDate firstDay, LocalDate lastDay,
        AccountId account, String accountEmail, String accountName, String accountLanguage,
        OrganisationId organisation, String organisationName, boolean decidedBySecretariat,
        boolean automaticallyApproved, boolean late, Instant at) {
}
