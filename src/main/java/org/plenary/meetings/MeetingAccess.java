package org.plenary.meetings;

import org.plenary.directory.PlenaryPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Ownership checks for method security: {@code @meetingAccess.isOfficer(#code, authentication)}. */
@Component("meetingAccess")
public class MeetingAccess {

    private final Meetings meetings;

    MeetingAccess(Meetings meetings) {
        this.meetings = meetings;
    }

    public boolean isOfficer(MeetingId id, Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof PlenaryPrincipal p
                && meetings.isOfficer(id, p.accountId().value());
    }

    public boolean isOfficer(String code, Authentication auth) {
        if (auth == null || !(auth.getPrincipal() instanceof PlenaryPrincipal p)) {
            return false;
        }
        return meetings.byCode(code).map(m -> meetings.isOfficer(m.id(), p.accountId().value())).orElse(false);
    }
}
