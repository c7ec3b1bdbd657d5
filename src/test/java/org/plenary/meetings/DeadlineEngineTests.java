package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** L-DL-1: every deadline follows from the first day by its rule, closing 23:59:59 local time. */
class DeadlineEngineTests {

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    private static LocalDate day(DeadlineRule rule, String firstDay) {
        return DeadlineEngine.deadline(rule, LocalDate.parse(firstDay), GENEVA, Map.of()).day();
    }

    @Test
    void demoMeetingGetsTheLettersDates() {
        String first = "2026-06-09";
        assertThat(day(DeadlineRule.CAPTIONING_REQUESTS, first)).isEqualTo("2026-04-09");
        assertThat(day(DeadlineRule.TRANSLATED_CONTRIBUTIONS, first)).isEqualTo("2026-04-09");
        assertThat(day(DeadlineRule.FELLOWSHIP_REQUESTS, first)).isEqualTo("2026-04-28");
        assertThat(day(DeadlineRule.INTERPRETATION_REQUESTS, first)).isEqualTo("2026-04-28");
        assertThat(day(DeadlineRule.PRE_REGISTRATION, first)).isEqualTo("2026-05-09");
        assertThat(day(DeadlineRule.VISA_SUPPORT_REQUESTS, first)).isEqualTo("2026-05-09");
        assertThat(day(DeadlineRule.CONTRIBUTIONS, first)).isEqualTo("2026-05-27");
        assertThat(day(DeadlineRule.BSG_CONTRIBUTION_CLINIC, first)).isEqualTo("2026-05-19");
    }

    @ParameterizedTest(name = "first day {0}: one month {1}, two months {2}, six weeks {3}, contributions {4}")
    @CsvSource({
            // end of January: the month before has 31 days, two months before has 30 (November)
            "2027-01-29, 2026-12-29, 2026-11-29, 2026-12-18, 2027-01-16",
            "2027-01-30, 2026-12-30, 2026-11-30, 2026-12-19, 2027-01-17",
            "2027-01-31, 2026-12-31, 2026-11-30, 2026-12-20, 2027-01-18",
            // end of March: February is shorter, the deadline falls on its last day, never later
            "2027-03-29, 2027-02-28, 2027-01-29, 2027-02-15, 2027-03-16",
            "2027-03-30, 2027-02-28, 2027-01-30, 2027-02-16, 2027-03-17",
            "2027-03-31, 2027-02-28, 2027-01-31, 2027-02-17, 2027-03-18",
            // leap year
            "2028-03-30, 2028-02-29, 2028-01-30, 2028-02-17, 2028-03-17"})
    void monthEndsOfOtherMeetings(String first, String oneMonth, String twoMonths, String sixWeeks,
            String contributions) {
        assertThat(day(DeadlineRule.PRE_REGISTRATION, first)).isEqualTo(oneMonth);
        assertThat(day(DeadlineRule.VISA_SUPPORT_REQUESTS, first)).isEqualTo(oneMonth);
        assertThat(day(DeadlineRule.CAPTIONING_REQUESTS, first)).isEqualTo(twoMonths);
        assertThat(day(DeadlineRule.FELLOWSHIP_REQUESTS, first)).isEqualTo(sixWeeks);
        assertThat(day(DeadlineRule.CONTRIBUTIONS, first)).isEqualTo(contributions);
    }

    @Test
    void closesAtTheLastSecondOfTheDayInTheMeetingsZone() {
        Deadline d = DeadlineEngine.deadline(DeadlineRule.PRE_REGISTRATION, LocalDate.parse("2026-06-09"), GENEVA, Map.of());
        Instant lastSecond = ZonedDateTime.of(LocalDateTime.parse("2026-05-09T23:59:59"), GENEVA).toInstant();
        Instant midnight = ZonedDateTime.of(LocalDateTime.parse("2026-05-10T00:00:00"), GENEVA).toInstant();
        assertThat(d.closesAt()).isEqualTo(lastSecond);
        assertThat(lastSecond).isEqualTo("2026-05-09T21:59:59Z"); // CEST, UTC+2
        assertThat(d.isOpen(lastSecond)).isTrue();
        assertThat(d.isOpen(lastSecond.plusMillis(999))).isTrue();
        assertThat(d.isOpen(midnight)).isFalse();
        assertThat(d.isOpen(midnight.plusSeconds(3600))).isFalse();
    }

    @Test
    void acrossTheDaylightSavingChangeTheDeadlineStaysAtLocalMidnight() {
        // First day 2027-04-06: captioning deadline 2027-02-06 (CET, UTC+1) and the meeting in CEST (UTC+2).
        Deadline winter = DeadlineEngine.deadline(DeadlineRule.CAPTIONING_REQUESTS, LocalDate.parse("2027-04-06"),
                GENEVA, Map.of());
        assertThat(winter.day()).isEqualTo("2027-02-06");
        assertThat(winter.closesAt()).isEqualTo("2027-02-06T22:59:59Z");
        // Contributions for a meeting on 2027-04-08: 2027-03-26, the Friday before the switch (28 March).
        Deadline beforeSwitch = DeadlineEngine.deadline(DeadlineRule.CONTRIBUTIONS, LocalDate.parse("2027-04-08"),
                GENEVA, Map.of());
        assertThat(beforeSwitch.closesAt()).isEqualTo("2027-03-26T22:59:59Z");
        // A deadline on the day of the switch itself (2027-03-28, a 23-hour day).
        Deadline onSwitch = DeadlineEngine.deadline(DeadlineRule.CONTRIBUTIONS, LocalDate.parse("2027-04-10"),
                GENEVA, Map.of());
        assertThat(onSwitch.day()).isEqualTo("2027-03-28");
        assertThat(onSwitch.closesAt()).isEqualTo("2027-03-28T21:59:59Z");
        // Autumn: 2026-10-25 has 25 hours; the deadline still ends at local midnight.
        Deadline autumn = DeadlineEngine.deadline(DeadlineRule.CONTRIBUTIONS, LocalDate.parse("2026-11-07"),
                GENEVA, Map.of());
        assertThat(autumn.day()).isEqualTo("2026-10-25");
        assertThat(autumn.closesAt()).isEqualTo("2026-10-25T22:59:59Z");
    }

    @Test
    void anotherTimeZoneClosesAtItsOwnMidnight() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        ZoneId newYork = ZoneId.of("America/New_York");
        Deadline s = DeadlineEngine.deadline(DeadlineRule.PRE_REGISTRATION, LocalDate.parse("2026-06-09"), seoul, Map.of());
        Deadline n = DeadlineEngine.deadline(DeadlineRule.PRE_REGISTRATION, LocalDate.parse("2026-06-09"), newYork, Map.of());
        assertThat(s.closesAt()).isEqualTo("2026-05-09T14:59:59Z");
        assertThat(n.closesAt()).isEqualTo("2026-05-10T03:59:59Z");
        Instant between = Instant.parse("2026-05-09T20:00:00Z");
        assertThat(s.isOpen(between)).isFalse();
        assertThat(n.isOpen(between)).isTrue();
    }

    @Test
    void anOverrideReplacesTheRulesDayAndSaysSo() {
        Deadline d = DeadlineEngine.deadline(DeadlineRule.CONTRIBUTIONS, LocalDate.parse("2026-06-09"), GENEVA,
                Map.of(DeadlineRule.CONTRIBUTIONS, new Meeting.DeadlineOverride(LocalDate.parse("2026-05-29"),
                        "extended by the TSB Director")));
        assertThat(d.day()).isEqualTo("2026-05-29");
        assertThat(d.overridden()).isTrue();
        assertThat(d.note()).isEqualTo("extended by the TSB Director");
        assertThat(DeadlineEngine.deadline(DeadlineRule.PRE_REGISTRATION, LocalDate.parse("2026-06-09"), GENEVA,
                Map.of(DeadlineRule.CONTRIBUTIONS, new Meeting.DeadlineOverride(LocalDate.parse("2026-05-29"), "x")))
                .overridden()).isFalse();
    }

    @Test
    void remoteParticipationClosesTwentyFourHoursBeforeTheSession() {
        ZonedDateTime session = ZonedDateTime.of(LocalDateTime.parse("2026-06-10T14:30"), GENEVA);
        assertThat(DeadlineEngine.remoteParticipationDeadline(session)).isEqualTo("2026-06-09T12:30:00Z");
    }
}
