package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.LocalizedText;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The study group's structure the secretariat keeps (StudyGroupEditing): numbers, titles, working parties. */
@IntegrationTest
class StudyGroupEditingTests {

    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    StudyGroupEditing editing;

    TestMeetings t;

    @BeforeEach
    void setUp() {
        t = TestMeetings.of(users, setup);
    }

    @Test
    void numbersTitlesAndPeriodsAreCheckedAndAQuestionSitsUnderAnExistingWorkingParty() {
        LocalizedText title = LocalizedText.en("Test group");
        assertThat(t.refusal(() -> editing.createStudyGroup(100, title, "2025-2028"))).isEqualTo("studyGroup.number");
        assertThat(t.refusal(() -> editing.createStudyGroup(99, title, "2025"))).isEqualTo("studyGroup.periodInvalid");
        assertThat(t.refusal(() -> editing.createStudyGroup(12, title, "2025-2028"))).isEqualTo("studyGroup.exists");
        assertThat(t.refusal(() -> editing.saveWorkingParty(12, new StudyGroup.WorkingParty(10, title, null))))
                .isEqualTo("studyGroup.workingPartyNumber");
        assertThat(t.refusal(() -> editing.saveQuestion(12, new StudyGroup.Question(98, title, 9))))
                .isEqualTo("studyGroup.workingPartyNotFound");
        assertThat(t.refusal(() -> editing.saveQuestion(12, new StudyGroup.Question(0, title, null))))
                .isEqualTo("studyGroup.questionNumber");
    }
}
