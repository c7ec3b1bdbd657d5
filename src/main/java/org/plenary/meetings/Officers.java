package org.plenary.meetings;

import java.util.Optional;
import java.util.function.Supplier;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.Role;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may the caller act as an officer of this meeting?": the secretariat for
 * every meeting, and for one meeting the people the secretariat named its officers (chair, vice-chair,
 * working-party chair, rapporteur: {@link OfficerAppointments}), whatever their global roles; being
 * named is the grant, for that meeting only. The list is read from the
 * database on every call, so removing an officer takes effect on their next request, whatever
 * their session holds. Method security asks through {@link OfficerOfMeeting}; code that needs a
 * yes or no (a page deciding what to show, a rule that first loads the record) calls it directly.
 */
@Component("officers")
public class Officers {

    private final Meetings meetings;

    Officers(Meetings meetings) {
        this.meetings = meetings;
    }

    /** Whether the logged-in caller acts as an officer of the meeting; nobody without a login does. */
    public boolean isOfficer(MeetingId meeting) {
        return check(() -> Optional.of(meeting));
    }

    /**
     * The same for the meeting with this code; an unknown meeting has no officers (the secretariat then reads
     * 404). The meeting's id is read only for someone who is not the secretariat (issue 15: one statement less
     * on every upload of the secretariat's scripts).
     */
    public boolean isOfficer(String code) {
        return check(() -> meetings.idByCode(code));
    }

    private boolean check(Supplier<Optional<MeetingId>> meeting) {
        return CurrentUser.find().map(me -> me.has(Role.SECRETARIAT)
                || meeting.get().map(m -> meetings.isOfficer(m, me.accountId().value())).orElse(false)).orElse(false);
    }
}
