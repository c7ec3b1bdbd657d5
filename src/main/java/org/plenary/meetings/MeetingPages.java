package org.plenary.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.plenary.shared.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: the list of meetings, and each meeting's letter content, agenda and time plan. */
@Controller
class MeetingPages {

    private final MeetingManagement meetings;
    private final Clock clock;

    MeetingPages(MeetingManagement meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("meetings", meetings.summaries());
        return "meetings/home";
    }

    @GetMapping("/meetings/{code}")
    String meeting(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("studyGroup", meetings.studyGroup(m.studyGroup()));
        model.addAttribute("keyDeadlines", keyDeadlines(m));
        model.addAttribute("clinic", DeadlineEngine.deadline(m, DeadlineRule.BSG_CONTRIBUTION_CLINIC));
        model.addAttribute("now", clock.instant());
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{code}/agenda")
    String agenda(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
        return "meetings/agenda";
    }

    @GetMapping("/meetings/{code}/time-plan")
    String timePlan(@PathVariable String code, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        model.addAttribute("rows", timePlanRows(m));
        return "meetings/time-plan";
    }

    /** The letter's table: one row per date, naming every closing that falls on it. */
    static Map<LocalDate, List<Deadline>> keyDeadlines(Meeting m) {
        Map<LocalDate, List<Deadline>> byDay = new LinkedHashMap<>();
        DeadlineEngine.deadlines(m).stream().filter(d -> d.rule().closing())
                .sorted(Comparator.comparing(Deadline::day))
                .forEach(d -> byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(d));
        return byDay;
    }

    /** A row of the time-plan grid; consecutive empty weekend days fold into one "weekend" row. */
    record TimePlanRow(LocalDate day, boolean weekend, Meeting.TimePlanCell morning, Meeting.TimePlanCell afternoon) {
    }

    static List<TimePlanRow> timePlanRows(Meeting m) {
        List<TimePlanRow> rows = new ArrayList<>();
        for (LocalDate day : m.timePlanDays()) {
            var morning = m.cell(day, HalfDay.MORNING).orElse(null);
            var afternoon = m.cell(day, HalfDay.AFTERNOON).orElse(null);
            boolean weekend = (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                    && morning == null && afternoon == null;
            if (weekend && !rows.isEmpty() && rows.get(rows.size() - 1).weekend()) {
                continue;
            }
            rows.add(new TimePlanRow(day, weekend, morning, afternoon));
        }
        return rows;
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPaths {
        @Bean
        PublicEndpoints meetingsPublicEndpoints() {
            return PublicEndpoints.get("/", "/meetings/*", "/meetings/*/agenda", "/meetings/*/time-plan",
                    "/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/meetings/*/deadlines",
                    "/api/v1/meetings/*/agenda", "/api/v1/meetings/*/time-plan", "/api/v1/meetings/*/practical-information", "/api/v1/study-groups/*");
        }
    }
}
