package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The secretariat moves a deadline with a note, never past the meeting, and moves it back (DeadlineOverrides). */
@IntegrationTest
class DeadlineOverridesTests {

    static final LocalDate MONDAY = LocalDate.of(2027, 9, 6);

    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    DeadlineOverrides overrides;
    @Autowired
    MeetingManagement meetings;

    TestMeetings t;
    Meeting m;

    @BeforeEach
    void setUp() {
        t = TestMeetings.of(users, setup);
        m = t.meeting(MONDAY, MONDAY.plusDays(4));
    }

    @Test
    void anOverrideNeedsANoteAndADayBeforeTheMeetingEndsAndCanBeCleared() {
        LocalDate ruleDay = meetings.deadline(m.id(), DeadlineRule.CONTRIBUTIONS).day();
        assertThat(t.refusal(() -> overrides.overrideDeadline(m.code(), DeadlineRule.CONTRIBUTIONS,
                MONDAY.plusDays(5), "Extended"))).isEqualTo("deadline.overrideAfterMeeting");
        assertThat(t.refusal(() -> overrides.overrideDeadline(m.code(), DeadlineRule.CONTRIBUTIONS,
                ruleDay.plusDays(3), " "))).isEqualTo("deadline.overrideNoteRequired");

        t.asSecretariat(() -> overrides.overrideDeadline(m.code(), DeadlineRule.CONTRIBUTIONS, ruleDay.plusDays(3),
                " Extended by the chair "));
        Deadline moved = meetings.deadline(m.id(), DeadlineRule.CONTRIBUTIONS);
        assertThat(moved.day()).isEqualTo(ruleDay.plusDays(3));
        assertThat(moved.overridden()).isTrue();
        assertThat(moved.note()).isEqualTo("Extended by the chair");

        t.asSecretariat(() -> overrides.clearDeadlineOverride(m.code(), DeadlineRule.CONTRIBUTIONS));
        Deadline back = meetings.deadline(m.id(), DeadlineRule.CONTRIBUTIONS);
        assertThat(back.day()).isEqualTo(ruleDay);
        assertThat(back.overridden()).isFalse();
    }
}
