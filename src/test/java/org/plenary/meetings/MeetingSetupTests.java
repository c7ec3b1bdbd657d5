package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating a meeting and changing its details (MeetingSetup). */
@IntegrationTest
class MeetingSetupTests {

    static final LocalDate MONDAY = LocalDate.of(2027, 5, 3);

    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    ProgrammeEditing programme;
    @Autowired
    MeetingManagement meetings;

    TestMeetings t;

    @BeforeEach
    void setUp() {
        t = TestMeetings.of(users, setup);
    }

    @Test
    void aNewMeetingNeedsAFreeCodeAPlausibleLengthAndARegionTimeZone() {
        Meeting m = t.meeting(MONDAY, MONDAY.plusDays(4));
        assertThat(meetings.get(m.code()).zone().getId()).isEqualTo("Europe/Zurich");
        assertThat(t.refusal(() -> setup.create(m.code(), 12, TestMeetings.details(MONDAY, MONDAY, "Europe/Zurich"))))
                .isEqualTo("meeting.codeTaken");
        assertThat(t.refusal(() -> setup.create("x", 12, TestMeetings.details(MONDAY, MONDAY, "Europe/Zurich"))))
                .isEqualTo("meeting.codeInvalid");
        assertThat(t.refusal(() -> setup.create(TestMeetings.uniqueCode(), 12,
                TestMeetings.details(MONDAY, MONDAY.plusDays(MeetingSetup.MAX_DAYS), "Europe/Zurich"))))
                .isEqualTo("meeting.tooLong");
        assertThat(t.refusal(() -> setup.create(TestMeetings.uniqueCode(), 12,
                TestMeetings.details(MONDAY, MONDAY, "+02:00")))).isEqualTo("meeting.zoneRegion");
    }

    @Test
    void shorteningTheMeetingDropsTheTimePlanCellsOfTheDaysCut() {
        Meeting m = t.meeting(MONDAY, MONDAY.plusDays(4));
        t.asSecretariat(() -> programme.replaceTimePlan(m.code(), List.of(
                new Meeting.TimePlanCell(MONDAY, HalfDay.MORNING, LocalizedText.en("Opening")),
                new Meeting.TimePlanCell(MONDAY.plusDays(4), HalfDay.MORNING, LocalizedText.en("Closing"))),
                m.version()));
        Meeting before = meetings.get(m.code());
        Meeting after = t.asSecretariat(() -> setup.updateDetails(m.code(),
                TestMeetings.details(MONDAY, MONDAY.plusDays(2), "Europe/Zurich"), before.version()));
        assertThat(after.lastDay()).isEqualTo(MONDAY.plusDays(2));
        assertThat(after.timePlan()).extracting(Meeting.TimePlanCell::day).containsExactly(MONDAY);
        assertThatThrownBy(() -> t.asSecretariat(() -> setup.updateDetails(m.code(),
                TestMeetings.details(MONDAY, MONDAY.plusDays(3), "Europe/Zurich"), before.version())))
                .isInstanceOf(PlenaryException.class).hasMessage("meeting.changedMeanwhile");
    }
}
