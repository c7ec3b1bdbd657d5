package org.plenary.delegates;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My meetings": a delegate's registrations, requests, documents, remote participation, visa letter and fellowship. */
@Controller
class MyMeetingsPages {

    private final MyMeetings mine;

    MyMeetingsPages(MyMeetings mine) {
        this.mine = mine;
    }

    @GetMapping({"/my-meetings", "/me"})
    String myMeetings(Model model) {
        model.addAttribute("rows", mine.rows());
        model.addAttribute("followed", mine.followed());
        return "delegates/my-meetings";
    }
}
