package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.SqlStatements.Counted;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoMeetingTests {

    @Autowired
    MeetingManagement meetings;

    @Test
    void demoMeetingCarriesTheLettersFourDeadlineDates() {
        Meeting m = meetings.get(DemoMeeting.CODE);
        List<LocalDate> closing = meetings.deadlines(m).stream().filter(d -> d.rule().closing())
                .map(Deadline::day).distinct().sorted().toList();
        assertThat(closing).containsExactly(LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 27));
    }

    /** Issue 15: the aggregate, children included, is one round trip (it was the row and five child queries). */
    @Test
    void theMeetingWithAllItsChildrenIsOneStatement() {
        Counted<Meeting> byCode = SqlStatements.count(() -> meetings.get(DemoMeeting.CODE.toLowerCase()));
        assertThat(byCode.statements()).as("%s", byCode.sql()).isEqualTo(1);
        Meeting m = byCode.result();
        assertThat(m.coLocatedEvents()).isNotEmpty();
        assertThat(m.agenda()).isNotEmpty();
        assertThat(m.timePlan()).isNotEmpty();
        assertThat(m.practicalInformation()).isNotEmpty();
        assertThat(m.timePlan()).as("by day, the morning first").isSortedAccordingTo(java.util.Comparator
                .comparing(Meeting.TimePlanCell::day).thenComparing(c -> c.half() == HalfDay.AFTERNOON));
        Counted<Meeting> byId = SqlStatements.count(() -> meetings.get(m.id()));
        assertThat(byId.statements()).isEqualTo(1);
        assertThat(byId.result()).isEqualTo(m);
    }

    @Test
    void listsAndDisplaysFindTheMeetingWithoutLoadingEveryOne() {
        Counted<List<MeetingSummary>> summaries = SqlStatements.count(meetings::summaries);
        assertThat(summaries.statements()).as("the list of every meeting is one query").isEqualTo(1);
        MeetingSummary demo = summaries.result().stream().filter(s -> s.code().equals(DemoMeeting.CODE))
                .findFirst().orElseThrow();
        assertThat(demo.firstDay()).isEqualTo("2026-06-09");
        assertThat(demo.title().get("zh")).isEqualTo("第12研究组的会议");

        long perMeeting = SqlStatements.count(() -> meetings.get(demo.id())).statements();
        Counted<List<Meeting>> nothingAround = SqlStatements.count(() -> meetings.around(LocalDate.of(1990, 1, 1)));
        assertThat(nothingAround.result()).isEmpty();
        assertThat(nothingAround.statements()).as("no meeting loaded to find that none is near").isEqualTo(1);
        Counted<List<Meeting>> around = SqlStatements.count(() -> meetings.around(LocalDate.of(2026, 6, 1)));
        assertThat(around.result()).extracting(Meeting::code)
                .as("the co-located workshop a day before, a week's margin").contains(DemoMeeting.CODE);
        assertThat(around.statements()).as("one query, then only the meetings found are loaded")
                .isEqualTo(1 + around.result().size() * perMeeting);
        assertThat(meetings.around(LocalDate.of(2026, 6, 18))).extracting(Meeting::code).contains(DemoMeeting.CODE);
        assertThat(meetings.around(LocalDate.of(2026, 5, 30))).extracting(Meeting::code)
                .doesNotContain(DemoMeeting.CODE);
        assertThat(meetings.around(LocalDate.of(2026, 6, 19))).extracting(Meeting::code)
                .doesNotContain(DemoMeeting.CODE);
    }
}
