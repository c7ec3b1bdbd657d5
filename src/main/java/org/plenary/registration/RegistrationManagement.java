package org.plenary.registration;

import java.util.Optional;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.springframework.stereotype.Service;

/** The registration module's API: the form, the approval workflow, badges and check-in. */
@Service
public class RegistrationManagement {

    private final Registrations registrations;

    RegistrationManagement(Registrations registrations) {
        this.registrations = registrations;
    }

    /** The account's approved registration for the meeting, if any. */
    public Optional<Participation> approvedParticipation(MeetingId meeting, AccountId account) {
        return registrations.byMeetingAndAccount(meeting, account)
                .filter(r -> r.status() == RegistrationStatus.APPROVED).map(Registration::participation);
    }
}
