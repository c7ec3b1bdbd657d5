package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
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
}
