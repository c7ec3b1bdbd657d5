package org.plenary.registration;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.plenary.directory.CurrentUser;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MyMeetingStatus;
import org.springframework.stereotype.Component;

/** The meeting page's line about one's own registration: its status, or an invitation to register while one can. */
@Component
class MyRegistrationStatus implements MyMeetingStatus {

    private final Registrations registrations;
    private final Clock clock;

    MyRegistrationStatus(Registrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Override
    public List<Line> lines(Meeting meeting) {
        var me = CurrentUser.find();
        if (me.isEmpty()) {
            return List.of();
        }
        String href = "/meetings/" + meeting.code() + "/register";
        return registrations.byMeetingAndAccount(meeting.id(), me.get().accountId())
                .map(r -> new Line("my-registration", "registration.yours", r.status().messageKey(),
                        r.status().name(), href, "myMeetings.seeRegistration"))
                .or(() -> meeting.isOver(clock.instant()) ? Optional.empty()
                        : Optional.of(new Line("my-registration", "registration.yours",
                                "myMeetings.notRegistered", "NONE", href, "nav.register")))
                .stream().toList();
    }
}
