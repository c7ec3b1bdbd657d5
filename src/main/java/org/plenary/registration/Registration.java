package org.plenary.registration;

import java.time.Instant;
import java.time.LocalDate;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;

/**
 * A person's registration for a meeting with the requests made on the form. The passport data is
 * personal: only the delegate and the secretariat see it ({@link #withoutPassport()} for others).
 */
public record Registration(RegistrationId id, MeetingId meeting, AccountId account, OrganisationId organisation,
        RegistrationStatus status, boolean inPerson, boolean newcomer, String gender, String functionTitle,
        String interpretationLanguage, boolean fellowshipRequest, boolean captioningRequest,
        boolean signLanguageRequest, boolean visaRequest, Passport passport, boolean late, Instant submittedAt,
        Instant decidedAt, AccountId decidedBy, String reason, String badgeCode, Instant checkedInAt, int version) {

    /** What a visa-support letter needs. */
    public record Passport(String fullName, String number, String nationality, LocalDate expiry, LocalDate dateOfBirth) {
    }

    public boolean interpretationRequest() {
        return interpretationLanguage != null;
    }

    public Participation participation() {
        return new Participation(id, meeting, account, organisation, inPerson, newcomer, gender);
    }

    /** This submission in place of an earlier one of the same person: its id and version. */
    Registration replacing(Registration earlier) {
        return new Registration(earlier.id, meeting, account, organisation, status, inPerson, newcomer, gender,
                functionTitle, interpretationLanguage, fellowshipRequest, captioningRequest, signLanguageRequest,
                visaRequest, passport, late, submittedAt, decidedAt, decidedBy, reason, badgeCode, checkedInAt,
                earlier.version);
    }

    public Registration withoutPassport() {
        return new Registration(id, meeting, account, organisation, status, inPerson, newcomer, gender, functionTitle,
                interpretationLanguage, fellowshipRequest, captioningRequest, signLanguageRequest, visaRequest, null,
                late, submittedAt, decidedAt, decidedBy, reason, badgeCode, checkedInAt, version);
    }
}
