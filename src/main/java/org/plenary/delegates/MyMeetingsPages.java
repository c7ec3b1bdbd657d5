package org.plenary.delegates;

import org.plenary.meetings.OfficerAppointments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My meetings": a delegate's registrations, requests, documents, remote participation, visa letter and fellowship. */
@Controller
class MyMeetingsPages {

    private final MyMeetings mine;
    private final OfficerAppointments appointments;

    MyMeetingsPages(MyMeetings mine, OfficerAppointments appointments) {
        this.mine = mine;
        this.appointments = appointments;
    }

    @GetMapping({"/my-meetings", "/me"})
    String myMeetings(Model model) {
        model.addAttribute("rows", mine.rows());
        model.addAttribute("followed", mine.followed());
        model.addAttribute("officerOf", appointments.mine());
        return "delegates/my-meetings";
    }
}
