package org.plenary.secretariat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;
import org.plenary.documents.Document;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.StudyGroup;
import org.plenary.registration.RegistrationRow;
import org.plenary.shared.Formats;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The control room's charts, from the figures {@link ControlRoom} read, labelled in the reader's language. */
@Component
class ControlRoomCharts {

    /** The submissions chart shows at most this many days; earlier ones count on its first day. */
    static final int MAX_DAYS = 42;

    private final MeetingManagement meetings;
    private final MessageSource messages;
    private final Formats formats;

    ControlRoomCharts(MeetingManagement meetings, MessageSource messages, Formats formats) {
        this.meetings = meetings;
        this.messages = messages;
        this.formats = formats;
    }

    /** By ITU region, by membership category and by gender, over the registrations submitted or approved. */
    List<Chart> registrations(List<RegistrationRow> rows, Locale l) {
        Map<ItuRegion, Long> region = new EnumMap<>(ItuRegion.class);
        Map<MembershipCategory, Long> category = new EnumMap<>(MembershipCategory.class);
        Map<String, Long> gender = new TreeMap<>();
        long noRegion = 0;
        for (RegistrationRow r : rows) {
            if (r.region() == null) {
                noRegion++;
            } else {
                region.merge(r.region(), 1L, Long::sum);
            }
            category.merge(r.organisation().category(), 1L, Long::sum);
            String g = r.registration().gender();
            gender.merge(g == null || g.isBlank() ? "unknown" : g, 1L, Long::sum);
        }
        List<Chart.Bar> byRegion = new ArrayList<>();
        region.forEach((k, v) -> byRegion.add(new Chart.Bar(msg(k.messageKey(), l), v, false)));
        if (noRegion > 0) {
            byRegion.add(new Chart.Bar(msg("controlRoom.noRegion", l), noRegion, false));
        }
        List<Chart.Bar> byCategory = new ArrayList<>();
        category.forEach((k, v) -> byCategory.add(new Chart.Bar(msg(k.messageKey(), l), v, false)));
        List<Chart.Bar> byGender = new ArrayList<>();
        gender.forEach((k, v) -> byGender.add(new Chart.Bar(msg(k.equals("unknown") ? "controlRoom.gender.unknown"
                : "registration.gender." + k, l), v, false)));
        String people = msg("controlRoom.chart.people", l);
        return List.of(
                bars("chart-region", "controlRoom.chart.region", rows.size(), msg("controlRoom.chart.regionColumn", l),
                        people, byRegion, l),
                bars("chart-category", "controlRoom.chart.category", rows.size(),
                        msg("controlRoom.chart.categoryColumn", l), people, byCategory, l),
                bars("chart-gender", "controlRoom.chart.gender", rows.size(), msg("controlRoom.chart.genderColumn", l),
                        people, byGender, l));
    }

    /** Contributions per Question of the study group (a contribution counts for each Question it names). */
    Chart perQuestion(Meeting m, List<Document> contributions, Locale l) {
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        Map<Integer, Long> counts = new LinkedHashMap<>();
        sg.questions().forEach(q -> counts.put(q.number(), 0L));
        long none = 0;
        for (Document d : contributions) {
            if (d.questions().isEmpty()) {
                none++;
            }
            d.questions().forEach(q -> counts.merge(q, 1L, Long::sum));
        }
        List<Chart.Bar> bars = new ArrayList<>();
        counts.forEach((q, v) -> bars.add(new Chart.Bar("Q" + q + "/" + sg.number(), v, false)));
        if (none > 0) {
            bars.add(new Chart.Bar(msg("controlRoom.noQuestion", l), none, false));
        }
        return bars("chart-questions", "controlRoom.chart.questions", contributions.size(),
                msg("controlRoom.chart.questionColumn", l), msg("controlRoom.chart.contributions", l), bars, l);
    }

    /**
     * Contributions received per day (in the meeting's zone) up to the contribution deadline, and
     * after it while late ones come; the deadline's day is marked.
     */
    Chart overTime(Meeting m, List<Document> contributions, Locale l) {
        LocalDate deadline = meetings.deadline(m.id(), DeadlineRule.CONTRIBUTIONS).day();
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        contributions.forEach(d -> perDay.merge(d.submittedAt().atZone(m.zone()).toLocalDate(), 1L, Long::sum));
        LocalDate last = perDay.isEmpty() || perDay.lastKey().isBefore(deadline) ? deadline : perDay.lastKey();
        LocalDate first = perDay.isEmpty() || perDay.firstKey().isAfter(deadline.minusDays(13))
                ? deadline.minusDays(13) : perDay.firstKey();
        if (first.plusDays(MAX_DAYS - 1).isBefore(last)) {
            first = last.minusDays(MAX_DAYS - 1);
        }
        long earlier = perDay.headMap(first).values().stream().mapToLong(Long::longValue).sum();
        List<Chart.Bar> bars = new ArrayList<>();
        List<Integer> axis = new ArrayList<>();
        List<String> axisLabels = new ArrayList<>();
        DateTimeFormatter shortDate = DateTimeFormatter.ofPattern("d MMM",
                "en".equals(l.getLanguage()) ? Locale.UK : Languages.isSupported(l.getLanguage()) ? l : Locale.UK);
        int i = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1), i++) {
            long v = perDay.getOrDefault(day, 0L) + (day.equals(first) ? earlier : 0);
            String label = day.equals(first) && earlier > 0 ? msg("controlRoom.upTo", l, formats.date(day))
                    : formats.date(day);
            if (day.equals(deadline)) {
                label = msg("controlRoom.deadlineDay", l, label);
            }
            bars.add(new Chart.Bar(label, v, day.equals(deadline)));
            if (day.equals(first) || day.equals(deadline) || day.equals(last)) {
                axis.add(i);
                axisLabels.add(day.equals(deadline) ? msg("controlRoom.deadlineAxis", l, shortDate.format(day))
                        : shortDate.format(day));
            }
        }
        long total = bars.stream().mapToLong(Chart.Bar::value).sum();
        return Chart.columns("chart-days", msg("controlRoom.chart.days", l),
                msg("controlRoom.chart.days.summary", l, total, formats.date(deadline)),
                msg("controlRoom.chart.dayColumn", l), msg("controlRoom.chart.contributions", l), bars, axis,
                axisLabels, rtl(l));
    }

    private Chart bars(String id, String titleKey, long total, String labelHeading, String valueHeading,
            List<Chart.Bar> bars, Locale l) {
        return Chart.bars(id, msg(titleKey, l), msg(titleKey + ".summary", l, total), labelHeading, valueHeading, bars,
                rtl(l));
    }

    private static boolean rtl(Locale l) {
        return Languages.isRightToLeft(l);
    }

    private String msg(String key, Locale l, Object... args) {
        return messages.getMessage(key, args, key, l);
    }
}
