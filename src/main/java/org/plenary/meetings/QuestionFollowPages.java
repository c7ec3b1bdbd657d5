package org.plenary.meetings;

import org.plenary.directory.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Follow and unfollow a Question from its meeting's page: htmx swaps the one button, a browser
 * without JavaScript posts the form and comes back to the meeting page at that Question.
 */
@Controller
class QuestionFollowPages {

    private final MeetingManagement meetings;
    private final QuestionFollowing following;

    QuestionFollowPages(MeetingManagement meetings, QuestionFollowing following) {
        this.meetings = meetings;
        this.following = following;
    }

    @PostMapping("/meetings/{code}/questions/{question}/follow")
    String follow(@PathVariable String code, @PathVariable int question, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(code, question, true, model, htmx);
    }

    @PostMapping("/meetings/{code}/questions/{question}/unfollow")
    String unfollow(@PathVariable String code, @PathVariable int question, Model model,
            @RequestHeader(name = "HX-Request", required = false) String htmx) {
        return change(code, question, false, model, htmx);
    }

    private String change(String code, int question, boolean follow, Model model, String htmx) {
        Meeting m = meetings.get(code);
        var me = CurrentUser.require().accountId();
        if (follow) {
            following.follow(me, m.studyGroup(), question);
        } else {
            following.unfollow(me, m.studyGroup(), question);
        }
        if (htmx == null) {
            return "redirect:/meetings/" + m.code() + "#q-" + question;
        }
        model.addAttribute("meeting", m);
        model.addAttribute("q", meetings.studyGroup(m.studyGroup()).question(question).orElseThrow());
        model.addAttribute("following", follow);
        return "meetings/meeting :: follow";
    }
}
