package org.plenary.scheduling;

import java.util.Locale;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.scheduling.solver.Planner;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The solver on the scheduling page: start a run, follow its progress (the fragment polls itself every second
 * while the run is active: htmx, or the page's own reload without JavaScript), stop it.
 */
@Controller
class SolverPages {

    private final ScheduleSolving solving;
    private final SolverViews views;
    private final MeetingManagement meetings;

    SolverPages(ScheduleSolving solving, SolverViews views, MeetingManagement meetings) {
        this.solving = solving;
        this.views = views;
        this.meetings = meetings;
    }

    @PostMapping("/meetings/{code}/scheduling/solve")
    String start(@PathVariable String code) {
        solving.start(code);
        return "redirect:/meetings/" + code + "/scheduling#solver";
    }

    @PostMapping("/meetings/{code}/scheduling/solve/stop")
    String stop(@PathVariable String code) {
        solving.stop(code);
        return "redirect:/meetings/" + code + "/scheduling#solver";
    }

    @GetMapping("/meetings/{code}/scheduling/solver")
    @OfficerOfMeeting
    String progress(@PathVariable String code, Model model, Locale locale) {
        addTo(model, meetings.get(code), locale);
        return "scheduling/solver :: progress";
    }

    /** Puts the meeting's latest run (or none) into the model, for the page and the fragment. */
    void addTo(Model model, Meeting m, Locale locale) {
        model.addAttribute("meeting", m);
        model.addAttribute("solver", solving.latest(m.code()).map(r -> views.view(r, m, locale)).orElse(null));
    }

    /** The draft's own score and broken constraints, in the same words as a run's. */
    void addDraftReport(Model model, Meeting m, Locale locale) {
        Planner.Report report = solving.report(m.code());
        model.addAttribute("report", report);
        model.addAttribute("draftScore", views.score(report.hard(), report.soft(), locale));
        model.addAttribute("draftProblems", views.problems(report.broken(), m, locale));
    }
}
