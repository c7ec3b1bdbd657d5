package org.plenary.meetings;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.plenary.directory.CurrentUser;
import org.plenary.shared.PublicEndpoints;
import org.plenary.shared.PublicReads;
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
    private final QuestionFollowing following;
    private final List<MyMeetingStatus> myStatus;
    private final List<PublishedTimePlan> publishedPlans;

    MeetingPages(MeetingManagement meetings, Clock clock, QuestionFollowing following, List<MyMeetingStatus> myStatus,
            List<PublishedTimePlan> publishedPlans) {
        this.meetings = meetings;
        this.clock = clock;
        this.following = following;
        this.myStatus = myStatus;
        this.publishedPlans = publishedPlans;
    }

    /** The latest published plan, once the module that publishes plans has one for the meeting. */
    static Optional<PublishedTimePlan.Plan> publishedPlan(List<PublishedTimePlan> plans, Meeting m, Locale locale) {
        return plans.stream().map(p -> p.latest(m, locale)).flatMap(Optional::stream).findFirst();
    }

    /** Upcoming and running meetings first (soonest first), then past ones (latest first). */
    @GetMapping("/")
    String home(Model model) {
        var now = clock.instant();
        List<MeetingSummary> all = meetings.summaries();
        model.addAttribute("meetings", all);
        model.addAttribute("upcoming", all.stream()
                .filter(m -> now.isBefore(m.lastDay().plusDays(1).atStartOfDay(m.zone()).toInstant()))
                .sorted(Comparator.comparing(MeetingSummary::firstDay)).toList());
        model.addAttribute("past", all.stream()
                .filter(m -> !now.isBefore(m.lastDay().plusDays(1).atStartOfDay(m.zone()).toInstant()))
                .sorted(Comparator.comparing(MeetingSummary::lastDay).reversed()).toList());
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
        model.addAttribute("over", m.isOver(clock.instant()));
        var me = CurrentUser.find();
        model.addAttribute("followed", me.map(p -> following.followedQuestions(p.accountId()).stream()
                .filter(f -> f.studyGroup() == m.studyGroup()).map(QuestionFollowing.FollowedQuestion::question)
                .collect(Collectors.toSet())).orElse(Set.of()));
        model.addAttribute("myLines", me.isEmpty() ? List.of()
                : myStatus.stream().flatMap(s -> s.lines(m).stream()).toList());
        return "meetings/meeting";
    }

    @GetMapping("/meetings/{code}/agenda")
    String agenda(@PathVariable String code, Model model) {
        model.addAttribute("meeting", meetings.get(code));
        return "meetings/agenda";
    }

    @GetMapping("/meetings/{code}/time-plan")
    String timePlan(@PathVariable String code, Locale locale, Model model) {
        Meeting m = meetings.get(code);
        model.addAttribute("meeting", m);
        Optional<PublishedTimePlan.Plan> plan = publishedPlan(publishedPlans, m, locale);
        if (plan.isPresent()) { // the published plan is the one grid people read; the letter's cells were Annex B
            model.addAttribute("plan", plan.get());
            model.addAttribute("planRows", publishedRows(m, plan.get()));
        } else {
            model.addAttribute("rows", timePlanRows(m));
        }
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
        return foldWeekends(m, day -> {
            var morning = m.cell(day, HalfDay.MORNING).orElse(null);
            var afternoon = m.cell(day, HalfDay.AFTERNOON).orElse(null);
            return new TimePlanRow(day, weekend(day) && morning == null && afternoon == null, morning, afternoon);
        }, TimePlanRow::weekend);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** One row per time-plan day; consecutive empty weekend days fold into the first. */
    private static <R> List<R> foldWeekends(Meeting m, Function<LocalDate, R> row, Predicate<R> emptyWeekend) {
        List<R> rows = new ArrayList<>();
        for (LocalDate day : m.timePlanDays()) {
            R r = row.apply(day);
            if (!(emptyWeekend.test(r) && !rows.isEmpty() && emptyWeekend.test(rows.get(rows.size() - 1)))) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** A row of the published grid: the sessions of each half-day, by start time. */
    record PublishedRow(LocalDate day, boolean weekend, List<PublishedTimePlan.Entry> morning,
            List<PublishedTimePlan.Entry> afternoon) {
    }

    static List<PublishedRow> publishedRows(Meeting m, PublishedTimePlan.Plan plan) {
        return foldWeekends(m, day -> {
            var morning = plan.sessions().stream().filter(e -> e.day().equals(day) && e.half() == HalfDay.MORNING)
                    .toList();
            var afternoon = plan.sessions().stream()
                    .filter(e -> e.day().equals(day) && e.half() == HalfDay.AFTERNOON).toList();
            return new PublishedRow(day, weekend(day) && morning.isEmpty() && afternoon.isEmpty(), morning, afternoon);
        }, PublishedRow::weekend);
    }

    @Configuration(proxyBeanMethods = false)
    static class PublicPaths {
        @Bean
        PublicEndpoints meetingsPublicEndpoints() {
            return PublicEndpoints.get("/", "/meetings/*", "/meetings/*/agenda", "/meetings/*/time-plan",
                    "/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/meetings/*/deadlines",
                    "/api/v1/meetings/*/agenda", "/api/v1/meetings/*/time-plan", "/api/v1/meetings/*/letter/time-plan",
                    "/api/v1/meetings/*/practical-information", "/api/v1/study-groups/*");
        }

        /** The same public paths, rendered once per language, minute and content version (a meeting's own) for anonymous readers. */
        @Bean
        PublicReads meetingsPublicReads() {
            return PublicReads.of("/", "/meetings/{meeting}", "/meetings/{meeting}/agenda",
                    "/meetings/{meeting}/time-plan", "/api/v1/meetings", "/api/v1/meetings/{meeting}",
                    "/api/v1/meetings/{meeting}/deadlines", "/api/v1/meetings/{meeting}/agenda",
                    "/api/v1/meetings/{meeting}/time-plan", "/api/v1/meetings/{meeting}/letter/time-plan",
                    "/api/v1/meetings/{meeting}/practical-information",
                    "/api/v1/study-groups/*");
        }
    }
}
