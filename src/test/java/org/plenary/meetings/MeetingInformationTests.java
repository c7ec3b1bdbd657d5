package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.LocalizedText;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The letter's particulars, the contact link, co-located events and Annex A (MeetingInformation). */
@IntegrationTest
class MeetingInformationTests {

    static final LocalDate MONDAY = LocalDate.of(2027, 6, 7);

    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    MeetingInformation information;

    TestMeetings t;
    Meeting m;

    @BeforeEach
    void setUp() {
        t = TestMeetings.of(users, setup);
        m = t.meeting(MONDAY, MONDAY.plusDays(4));
    }

    private static Meeting.Letter letter(LocalDate date) {
        return new Meeting.Letter(LocalizedText.en("TSB Collective Letter 3/12"), null, date, List.of(), null, null);
    }

    @Test
    void theLetterPrecedesTheMeetingAndItsContactLinksOnlyToWebOrMail() {
        assertThat(t.refusal(() -> information.updateLetter(m.code(), letter(MONDAY.plusDays(1)), null, null, null)))
                .isEqualTo("letter.dateAfterMeeting");
        assertThat(t.refusal(() -> information.updateLetter(m.code(), letter(MONDAY.minusDays(60)),
                new Meeting.Contact(null, null, null, "javascript:alert(1)"), null, null)))
                .isEqualTo("contact.urlInvalid");
        Meeting saved = t.asSecretariat(() -> information.updateLetter(m.code(), letter(MONDAY.minusDays(60)),
                new Meeting.Contact("+41 22 730 5111", null, "tsbsg12@itu.int", " https://www.itu.int/go/sg12 "),
                "SG12-TD360", null));
        assertThat(saved.contact().url()).isEqualTo("https://www.itu.int/go/sg12");
        assertThat(saved.agendaUpdateRef()).isEqualTo("SG12-TD360");
        assertThat(saved.letter().signatory().isEmpty()).isTrue();
    }

    @Test
    void coLocatedEventsFallWithinAWeekAndAnnexAKeysAreUnique() {
        var workshop = new Meeting.CoLocatedEvent(LocalizedText.en("Workshop"), MONDAY.minusDays(8),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        assertThat(t.refusal(() -> information.replaceCoLocatedEvents(m.code(), List.of(workshop))))
                .isEqualTo("event.tooFar");
        var dayBefore = new Meeting.CoLocatedEvent(LocalizedText.en("Workshop"), MONDAY.minusDays(1),
                LocalTime.of(9, 0), LocalTime.of(17, 0), null);
        assertThat(t.asSecretariat(() -> information.replaceCoLocatedEvents(m.code(), List.of(dayBefore)))
                .coLocatedEvents()).containsExactly(dayBefore);

        var visa = new Meeting.PracticalSection("visa", LocalizedText.en("Visa"), LocalizedText.en("Apply early."));
        assertThat(t.refusal(() -> information.replacePracticalInformation(m.code(), List.of(visa, visa))))
                .isEqualTo("practical.keyTwice");
        assertThat(t.refusal(() -> information.replacePracticalInformation(m.code(),
                List.of(new Meeting.PracticalSection("Visa!", visa.title(), visa.body())))))
                .isEqualTo("practical.keyInvalid");
        assertThat(t.refusal(() -> information.replacePracticalInformation(m.code(),
                List.of(new Meeting.PracticalSection("visa", visa.title(), LocalizedText.of(Map.of()))))))
                .isEqualTo("practical.incomplete");
    }
}
