package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Role;
import org.plenary.meetings.TranslationBasis.Status;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.SqlStatements.Counted;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The translation desk: each text's status per language is missing, needs an update after the
 * English changed, or done; whichever editor changes the English, the translations made from
 * the old English show as needing an update.
 */
@IntegrationTest
class TranslationsTests {

    static final LocalDate MONDAY = LocalDate.of(2027, 9, 6);

    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    ProgrammeEditing programme;
    @Autowired
    MeetingInformation information;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Translations translations;
    @Autowired
    TranslationBasis bases;

    TestMeetings t;
    Meeting m;

    @BeforeEach
    void setUp() {
        t = TestMeetings.of(users, setup);
        m = t.meeting(MONDAY, MONDAY.plusDays(4));
        t.asSecretariat(() -> programme.addAgendaItem(m.code(), new Meeting.AgendaItem("1", LocalizedText.en("Opening"))));
        t.asSecretariat(() -> information.replacePracticalInformation(m.code(), List.of(new Meeting.PracticalSection(
                "wlan", LocalizedText.en("WLAN"), LocalizedText.en("Network: ITU-Guest\nNo password")))));
    }

    private Translations.Row row(String language, String key) {
        return t.asSecretariat(() -> translations.rows(meetings.get(m.code()), language)).stream()
                .filter(r -> r.entry().key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aTranslationIsMissingThenDoneThenNeedsAnUpdateWhenTheEnglishChanges() {
        assertThat(row("fr", "agenda.1").status()).isEqualTo(Status.MISSING);
        Translations.Row shown = row("fr", "agenda.1");

        t.asSecretariat(() -> translations.translate(m.code(), "agenda.1", "fr", "Ouverture", shown.englishSha256()));
        assertThat(row("fr", "agenda.1").status()).isEqualTo(Status.DONE);
        assertThat(meetings.get(m.code()).agenda().get(0).title().get("fr")).isEqualTo("Ouverture");
        assertThat(row("es", "agenda.1").status()).isEqualTo(Status.MISSING);

        // The English changes through the ordinary agenda editor, which knows nothing of French.
        t.asSecretariat(() -> programme.updateAgendaItem(m.code(), "1",
                meetings.get(m.code()).agenda().get(0).title().with("en", "Opening of the meeting")));
        assertThat(row("fr", "agenda.1").status()).isEqualTo(Status.NEEDS_UPDATE);
        assertThat(row("fr", "agenda.1").translation()).isEqualTo("Ouverture");

        Translations.Row again = row("fr", "agenda.1");
        t.asSecretariat(() -> translations.translate(m.code(), "agenda.1", "fr", "Ouverture de la réunion",
                again.englishSha256()));
        assertThat(row("fr", "agenda.1").status()).isEqualTo(Status.DONE);
    }

    @Test
    void aTranslationMadeFromEnglishThatChangedMeanwhileStillNeedsAnUpdate() {
        String seen = row("ru", "annex.wlan.body").englishSha256();
        t.asSecretariat(() -> information.replacePracticalInformation(m.code(), List.of(new Meeting.PracticalSection(
                "wlan", LocalizedText.en("WLAN"), LocalizedText.en("Network: ITU-Guest\nPassword at the desk")))));
        t.asSecretariat(() -> translations.translate(m.code(), "annex.wlan.body", "ru", "Сеть: ITU-Guest\nБез пароля",
                seen));
        assertThat(row("ru", "annex.wlan.body").status()).isEqualTo(Status.NEEDS_UPDATE);
    }

    @Test
    void aTranslationWrittenWithItsEnglishInTheSameEditIsDoneAndOneThatPredatesTrackingIsPinnedOnTheFirstChange() {
        // Title in English and Chinese written together by the details form: Chinese is done.
        Meeting before = meetings.get(m.code());
        t.asSecretariat(() -> setup.updateDetails(m.code(), new MeetingDetails(before.title().with("zh", "编辑测试会议"),
                before.place(), before.venue(), before.firstDay(), before.lastDay(), before.zone().getId(),
                before.openingTime(), before.registrationTime(), before.registrationPlace(), before.chair(),
                before.contact().email(), before.contact().phone()), before.version()));
        assertThat(row("zh", "title").status()).isEqualTo(Status.DONE);

        t.asSecretariat(() -> programme.updateAgendaItem(m.code(), "1", LocalizedText.of(Map.of("en", "Opening",
                "ar", "الافتتاح"))));
        assertThat(row("ar", "agenda.1").status()).isEqualTo(Status.DONE);
        t.asSecretariat(() -> programme.updateAgendaItem(m.code(), "1", LocalizedText.of(Map.of("en", "Opening remarks",
                "ar", "الافتتاح"))));
        assertThat(row("ar", "agenda.1").status()).isEqualTo(Status.NEEDS_UPDATE);
    }

    /**
     * A save reads the meeting once and nothing else (the commit's signal aside): no read-back of the
     * saved meeting, no read of every text's basis; its answer is the row the desk would show now.
     */
    @Test
    void aSaveReadsTheMeetingOnceAndAnswersWithTheRowTheDeskShowsAfterwards() {
        long load = SqlStatements.countReads(() -> meetings.get(m.code())).statements();
        String current = row("fr", "agenda.1").englishSha256();

        Counted<Translations.Translated> saved = t.asSecretariat(() -> SqlStatements.countReads(
                () -> translations.translate(m.code(), "agenda.1", "fr", "Ouverture", current)));
        assertThat(saved.statements()).isEqualTo(load + 1);
        assertThat(saved.result().row()).isEqualTo(row("fr", "agenda.1"));
        assertThat(saved.result().meeting().version()).isEqualTo(meetings.get(m.code()).version());

        // Each way of saving answers as the desk then shows: made from English that changed meanwhile,
        // unchanged without a basis named, changed without one, removed.
        String stale = TranslationBasis.sha256("Opening of the old days");
        for (String[] save : new String[][] {{"Ouverture de la séance", stale}, {"Ouverture de la séance", null},
                {"Ouverture", null}, {"", current}}) {
            Translations.Row answer = t.asSecretariat(
                    () -> translations.translate(m.code(), "agenda.1", "fr", save[0], save[1])).row();
            assertThat(answer).as("saving %s with %s", save[0], save[1]).isEqualTo(row("fr", "agenda.1"));
        }
    }

    /** A basis lives only beside its translation: emptied or with its text gone, it goes too. */
    @Test
    void aBasisGoesWithItsTranslationAndWithItsText() {
        String current = row("fr", "agenda.1").englishSha256();
        t.asSecretariat(() -> translations.translate(m.code(), "agenda.1", "fr", "Ouverture", current));
        t.asSecretariat(() -> translations.translate(m.code(), "annex.wlan.title", "fr", "Wi-Fi", null));
        assertThat(bases.of(m.id())).containsKeys("agenda.1|fr", "annex.wlan.title|fr");

        t.asSecretariat(() -> translations.translate(m.code(), "annex.wlan.title", "fr", " ", null));
        assertThat(bases.of(m.id())).doesNotContainKey("annex.wlan.title|fr").containsKey("agenda.1|fr");
        t.asSecretariat(() -> programme.removeAgendaItem(m.code(), "1"));
        assertThat(bases.of(m.id())).isEmpty();
    }

    @Test
    void progressCountsEveryTextWithAnEnglishOriginal() {
        Translations.Progress fr = t.asSecretariat(() -> translations.progress(meetings.get(m.code()))).stream()
                .filter(p -> p.language().equals("fr")).findFirst().orElseThrow();
        long texts = MeetingTexts.of(meetings.get(m.code())).stream().filter(e -> !e.text().get("en").isEmpty()).count();
        assertThat(fr.total()).isEqualTo(texts);
        assertThat(fr.missing()).isEqualTo(texts);
        t.asSecretariat(() -> translations.translate(m.code(), "annex.wlan.title", "fr", "Wi-Fi", null));
        fr = t.asSecretariat(() -> translations.progress(meetings.get(m.code()))).stream()
                .filter(p -> p.language().equals("fr")).findFirst().orElseThrow();
        assertThat(fr.done()).isEqualTo(1);
        assertThat(fr.missing()).isEqualTo(texts - 1);
    }

    @Test
    void unknownTextsLanguagesAndOverlongTextsAreRefusedAndNothingIsSaved() {
        assertThat(t.refusal(() -> translations.translate(m.code(), "agenda.9", "fr", "Neuf", null)))
                .isEqualTo("translations.unknownText");
        assertThat(t.refusal(() -> translations.translate(m.code(), "agenda.1", "en", "Opening", null)))
                .isEqualTo("translations.unknownLanguage");
        assertThat(t.refusal(() -> translations.translate(m.code(), "agenda.1", "de", "Eröffnung", null)))
                .isEqualTo("translations.unknownLanguage");
        assertThat(t.refusal(() -> translations.translate(m.code(), "agenda.1", "fr", "x".repeat(501), null)))
                .isEqualTo("problem.tooLong");
        assertThat(meetings.get(m.code()).agenda().get(0).title().get("fr")).isEmpty();
        assertThat(row("fr", "agenda.1").status()).isEqualTo(Status.MISSING);
    }

    @Test
    void onlyTheSecretariatTranslates() {
        var chair = users.create("Translation Chair", Role.CHAIR);
        assertThatThrownBy(() -> users.as(chair, () -> translations.translate(m.code(), "agenda.1", "fr", "Ouverture",
                null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(chair, () -> translations.rows(meetings.get(m.code()), "fr")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyKeyTheDeskListsCanBeWrittenBack() {
        Meeting full = meetings.get(m.code());
        for (MeetingTexts.Entry e : MeetingTexts.of(full)) {
            Meeting next = MeetingTexts.with(full, e.key(), "es", "texto " + e.key()).orElseThrow().build();
            assertThat(MeetingTexts.find(next, e.key()).orElseThrow().text().get("es")).isEqualTo("texto " + e.key());
            assertThat(MeetingTexts.of(next)).hasSameSizeAs(MeetingTexts.of(full));
        }
        assertThat(MeetingTexts.with(full, "letter.addressee.99", "es", "x")).isEmpty();
        assertThat(MeetingTexts.with(full, "nonsense", "es", "x")).isEmpty();
    }

    /** The English forms say how far the other languages are: for the secretariat, who translates, only. */
    @Test
    void theSummaryCountsTheLanguagesWithWorkLeftAndIsTheSecretariatsOnly() {
        assertThat(t.asSecretariat(() -> translations.summary(meetings.get(m.code()))))
                .contains(new Translations.Summary(5, 5));
        for (Translations.Row r : t.asSecretariat(() -> translations.rows(meetings.get(m.code()), "fr"))) {
            t.asSecretariat(() -> translations.translate(m.code(), r.entry().key(), "fr", "fr " + r.english(),
                    r.englishSha256()));
        }
        assertThat(t.asSecretariat(() -> translations.summary(meetings.get(m.code()))))
                .as("French is done").contains(new Translations.Summary(5, 4));
        var chair = users.create("Summary Chair", Role.CHAIR);
        assertThat(users.as(chair, () -> translations.summary(meetings.get(m.code())))).isEmpty();
    }

    /**
     * Issue 12: the details, agenda, time-plan and Annex A forms edit only the English; every text
     * they once also edited in Chinese is one the desk lists (the demo meeting has each of them).
     */
    @Test
    void theDeskListsEveryTextTheEnglishFormsEdit() {
        var kinds = t.asSecretariat(() -> translations.rows(meetings.get(DemoMeeting.CODE), "zh")).stream()
                .map(r -> r.entry().kind()).collect(Collectors.toSet());
        assertThat(kinds).contains(MeetingTexts.Kind.TITLE, MeetingTexts.Kind.PLACE, MeetingTexts.Kind.VENUE,
                MeetingTexts.Kind.CHAIR, MeetingTexts.Kind.AGENDA_ITEM, MeetingTexts.Kind.TIME_PLAN_CELL,
                MeetingTexts.Kind.ANNEX_TITLE, MeetingTexts.Kind.ANNEX_BODY);
    }

    /** An English form keeps the translations of the text it changes, and emptying the English removes them too. */
    @Test
    void anEnglishEditKeepsTheTranslationsAndAnEmptiedEnglishTakesThemAlong() {
        LocalizedText text = LocalizedText.en("Opening").with("fr", "Ouverture");
        assertThat(text.withEnglish("Opening of the meeting").values())
                .isEqualTo(Map.of("en", "Opening of the meeting", "fr", "Ouverture"));
        assertThat(text.withEnglish(" ").isEmpty()).isTrue();
        LocalizedText noEnglish = LocalizedText.of(Map.of("zh", "开幕"));
        assertThat(noEnglish.withEnglish("")).as("no English to empty: nothing else is lost").isEqualTo(noEnglish);
    }
}
