package org.plenary.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerAppointments;
import org.plenary.meetings.OfficerRole;
import org.plenary.notifications.OutboxQueries;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * Issue 12's "done when": the secretariat sets a whole meeting up from the pages (study group, working
 * parties, Questions, meeting, letter particulars, co-located event, rooms, officers, agenda and Annex A in
 * English and French, solver and publication, the letter), working in English or in Arabic, without one
 * call to {@code /api/v1}; the chair, who signed up like anyone, then finds the console on his meeting page.
 * Removing the chair on the officers page refuses him the console on his very next request.
 */
@IntegrationTest
class MeetingSetupJourneyBrowserTests {

    private static final Path SHOTS = Path.of("target", "journey");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    OfficerAppointments appointments;
    @Autowired
    OutboxQueries outbox;
    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theSecretariatSetsAMeetingUpFromThePagesAndTheChairOpensTheConsole(String lang) throws Exception {
        String chairEmail = "chair." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String rapporteurEmail = "rapporteur." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (BrowserContext desk = newContext(lang); BrowserContext chairs = newContext(lang);
                BrowserContext rapporteurs = newContext("fr")) {
            SecretariatJourney s = new SecretariatJourney(port, desk.newPage(), lang, lang);
            List<String> apiCalls = new CopyOnWriteArrayList<>();
            s.page.onRequest(r -> {
                if (r.url().contains("/api/")) {
                    apiCalls.add(r.method() + " " + r.url());
                }
            });
            Page chair = chairs.newPage();
            signUp(chair, "Chair " + lang, chairEmail, lang);
            signUp(rapporteurs.newPage(), "Rapporteure " + lang, rapporteurEmail, "fr");

            Account secretariat = users.create("Secretariat " + lang, Role.SECRETARIAT);
            s.logIn(secretariat.email());
            int sg = s.studyGroup(meetings);
            s.shot("1-study-group");
            String code = s.meeting(sg);
            s.letterParticulars(sg);
            s.coLocatedEvent();
            s.rooms();
            s.shot("2-rooms");
            s.name(chairEmail, OfficerRole.CHAIR, null);
            s.name(rapporteurEmail, OfficerRole.RAPPORTEUR, "2");
            s.shot("3-officers");
            assertThat(users.as(secretariat, () -> appointments.of(code))).extracting(o -> o.role())
                    .containsExactlyInAnyOrder(OfficerRole.CHAIR, OfficerRole.RAPPORTEUR);
            assertThat(s.rapporteursOnTheStudyGroupPage(sg, 2)).as("the study group page reads the officers page")
                    .containsExactly("Rapporteure " + lang + " (" + code + ")");
            assertThat(s.rapporteursOnTheStudyGroupPage(sg, 1)).isEmpty();

            s.agendaAndAnnexA();
            s.shot("4-translation-desk-fr");
            Meeting m = meetings.get(code);
            assertThat(m.agenda()).extracting(a -> a.title().get("fr"))
                    .containsExactly("Ouverture de la réunion", "Adoption de l’ordre du jour");
            assertThat(m.practicalInformation().get(0).body().get("fr"))
                    .isEqualTo("Le déjeuner est servi à la cafétéria de l’UIT.");

            s.sessions();
            s.solve();
            s.publish();
            assertThat(s.page.locator("#versions ~ ul .publisher").first().innerText())
                    .as("the versions name their publisher, not his e-mail address").isEqualTo(secretariat.name());

            String letter = PdfText.squeezed(PdfText.of(s.downloadLetter("fr")));
            s.shot("8-letter-ready");
            assertThat(letter).contains(PdfText.squeezed("TSB Collective Letter 9/" + sg))
                    .contains(PdfText.squeezed("Ouverture de la réunion"))
                    .contains(PdfText.squeezed("Le déjeuner est servi à la cafétéria de l’UIT."));
            assertThat(apiCalls).as("the set-up used the pages only").isEmpty();

            SecretariatJourney c = new SecretariatJourney(port, chair, lang, lang);
            c.logIn(chairEmail);
            c.openConsoleFromTheMeetingPage(code);
            assertThat(chair.locator("html").getAttribute("lang")).isEqualTo(lang);
            assertThat(chair.locator("h1").innerText()).contains(message(lang, "remote.console"));
            c.shot("9-chair-console");
        }
    }

    @Test
    void aChairRemovedOnTheOfficersPageIsRefusedTheConsoleAtOnceWithoutBeingLoggedOut() throws Exception {
        String chairEmail = "chair." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (BrowserContext desk = newContext("en"); BrowserContext chairs = newContext("ar")) {
            Page chair = chairs.newPage();
            signUp(chair, "Chair Removed", chairEmail, "ar");
            SecretariatJourney s = new SecretariatJourney(port, desk.newPage(), "en", "removal");
            Account secretariat = users.create("Secretariat removal", Role.SECRETARIAT);
            s.logIn(secretariat.email());
            int sg = s.studyGroup(meetings);
            String code = s.meeting(sg);
            s.name(chairEmail, OfficerRole.RAPPORTEUR, "3");
            assertThat(s.rapporteursOnTheStudyGroupPage(sg, 3)).containsExactly("Chair Removed (" + code + ")");
            s.remove(chairEmail, OfficerRole.RAPPORTEUR);
            assertThat(s.rapporteursOnTheStudyGroupPage(sg, 3)).as("removed on the officers page: gone here too")
                    .isEmpty();
            s.rooms();
            s.sessions();
            s.solve();
            s.publish();
            s.name(chairEmail, OfficerRole.CHAIR, null);

            SecretariatJourney c = new SecretariatJourney(port, chair, "ar", "removal");
            c.logIn(chairEmail);
            String console = c.openConsoleFromTheMeetingPage(code);

            s.removeChair(chairEmail);
            s.shot("10-chair-removed");
            assertThat(users.as(secretariat, () -> appointments.of(code))).isEmpty();

            Response refused = chair.navigate(console);
            assertThat(refused.status()).isEqualTo(403);
            Locator reason = chair.locator("p.error[role=alert]");
            reason.waitFor();
            assertThat(reason.innerText()).isEqualTo(message("ar", "remote.console.notTakingPart"));
            assertThat(chair.locator("html").getAttribute("lang")).as("the refusal keeps the reader's language")
                    .isEqualTo("ar");
            assertThat(chair.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(chair.locator("#lang-switch option").count()).isEqualTo(6);
            assertThat(chair.locator("#lang-switch").inputValue()).isEqualTo("ar");
            assertThat(chair.locator("#decision-list").count()).isZero();
            c.shot("11-console-refused");
            assertThat(chair.navigate(base() + "/account").status()).as("still logged in").isEqualTo(200);
            assertThat(chair.url()).doesNotContain("/login");
        }
    }

    /** Signs up at /signup as anyone would, and follows the link mailed to the address. */
    private void signUp(Page page, String name, String email, String language) {
        page.navigate(base() + "/signup?lang=" + language);
        page.fill("#name", name);
        page.fill("#email", email);
        page.fill("#password", TestUsers.PASSWORD);
        page.selectOption("#language", language);
        page.click("main button[type=submit]");
        page.locator("#signup-sent").waitFor();
        String link = outbox.to(email).get(0).body().lines().map(String::strip)
                .filter(l -> l.contains("/signup/confirm?token=")).findFirst().orElseThrow();
        page.navigate(base() + link.substring(link.indexOf("/signup/confirm")));
        page.locator("#signup-confirmed").waitFor();
    }

    private BrowserContext newContext(String lang) throws Exception {
        Files.createDirectories(SHOTS);
        return Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(lang)
                .setViewportSize(1280, 900).setAcceptDownloads(true));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private String message(String lang, String key, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }
}
