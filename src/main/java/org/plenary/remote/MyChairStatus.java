package org.plenary.remote;

import java.util.List;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingOfficer;
import org.plenary.meetings.MyMeetingStatus;
import org.plenary.meetings.OfficerAppointments;
import org.springframework.stereotype.Component;

/**
 * The meeting page's line for a person named one of its officers: their role, and the way to the
 * chair's console of its sessions ({@code /remote/meetings/{code}} lists them; each opens the console
 * on the chair's side, which {@link RemoteAccess} grants through the one officer check).
 */
@Component
class MyChairStatus implements MyMeetingStatus {

    private final OfficerAppointments appointments;

    MyChairStatus(OfficerAppointments appointments) {
        this.appointments = appointments;
    }

    @Override
    public List<Line> lines(Meeting meeting) {
        List<MeetingOfficer> roles = appointments.mine(meeting.id());
        if (roles.isEmpty()) {
            return List.of();
        }
        return List.of(new Line("my-officer-role", "officer.yourRole", roles.get(0).role().messageKey(),
                roles.get(0).role().name(), "/remote/meetings/" + meeting.code(), "officer.console"));
    }
}
