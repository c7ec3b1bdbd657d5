package org.plenary.registration;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;

/** What other modules need to know about an approved registration. */
public record Participation(RegistrationId id, MeetingId meeting, AccountId account, OrganisationId organisation,
        boolean inPerson, boolean newcomer, String gender) {
}
