package org.plenary.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerRole;
import org.plenary.meetings.StudyGroup;
import org.plenary.support.MeetingForms;
import org.plenary.support.TestUsers;

/**
 * One person in one browser going through the pages of issue 12, step by step, each step waiting for
 * the state the page reaches (never reading right after a click). Selectors are ids and values, never
 * words, so that the same steps run in any of the six languages.
 */
final class SecretariatJourney {

    final Page page;
    private final String base;
    private final String lang;
    private final String shots;
    private String code;

    /** {@code shots} ends the names of this journey's screenshots in target/journey. */
    SecretariatJourney(int port, Page page, String lang, String shots) {
        this.page = page;
        this.base = "http://localhost:" + port;
        this.lang = lang;
        this.shots = shots;
    }

    void logIn(String email) {
        open("/login");
        page.fill("#username", email);
        page.fill("#password", TestUsers.PASSWORD);
        page.click("main button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
    }

    /** A study group with two working parties and four Questions (the fourth directly under the group). */
    int studyGroup(MeetingManagement meetings) {
        Set<Integer> taken = meetings.studyGroups().stream().map(StudyGroup::number).collect(Collectors.toSet());
        List<Integer> free = IntStream.rangeClosed(30, 99).boxed().filter(n -> !taken.contains(n)).toList();
        int sg = free.get((int) (Math.random() * free.size()));
        open("/secretariat?lang=" + lang);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
        page.click("#setup-links a[href$='/secretariat/study-groups']");
        page.waitForURL("**/secretariat/study-groups");
        page.fill("#number", String.valueOf(sg));
        page.fill("#titleEn", "Journey group " + sg);
        page.fill("#studyPeriod", "2025-2028");
        page.click("#create-sg");
        page.waitForURL("**/secretariat/study-groups/" + sg);
        MeetingForms.addTwoWorkingPartiesAndFourQuestions(page, null);
        return sg;
    }

    String meeting(int sg) {
        code = "J-" + lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        open("/secretariat");
        MeetingForms.fillNewMeeting(page, code, sg, "Meeting of journey group " + sg, "2027-03-15", "2027-03-17");
        page.click("#create-meeting");
        page.waitForURL("**/secretariat/meetings/" + code);
        return code;
    }

    void letterParticulars(int sg) {
        tab("/letter");
        page.fill("#reference", "TSB Collective Letter 9/" + sg);
        page.fill("#addressees", "Administrations of ITU Member States\nITU-T Sector Members");
        page.fill("#signatory", "Seizo Onoe");
        page.fill("#signatoryTitle", "Director");
        page.fill("#email", "tsbsg@example.org");
        page.fill("#date", "2027-01-10");
        page.click("#save-letter");
        page.locator("p.notice[role=status]").waitFor();
    }

    void coLocatedEvent() {
        tab("/events");
        page.fill("#new-title", "Workshop on the journey");
        page.fill("#new-day", "2027-03-14");
        page.fill("#new-start", "14:00");
        page.fill("#new-end", "18:00");
        page.click("#save-event");
        page.locator("#event-0").waitFor();
    }

    void rooms() {
        open("/secretariat/meetings/" + code);
        tab("/rooms");
        for (String room : new String[] {"Room A", "Room B"}) {
            page.fill("#room-name", room);
            page.fill("#room-capacity", "80");
            if (room.equals("Room A")) {
                page.check("#room-remote"); // the opening plenary is always open to remote participants
            }
            page.click("#add-room");
            page.locator("#room-list th[scope=row]:text-is('" + room + "')").waitFor();
        }
    }

    /** Names a person found in the directory on the officers page, reached from the meeting's tab bar. */
    void name(String email, OfficerRole role, String question) {
        open("/secretariat/meetings/" + code);
        tab("/people");
        page.fill("#q", email);
        page.click("#search");
        Locator found = page.locator("#found li[data-email='" + email + "']");
        found.waitFor();
        found.locator("select.role").selectOption(role.name());
        if (question != null) {
            found.locator("select.question").selectOption(question);
        }
        found.locator("button.name").click();
        page.locator("#officers tr[data-role=" + role.name() + "]").filter(new Locator.FilterOptions()
                .setHasText(email)).waitFor();
        assertThat(page.locator("#people-notice").isVisible()).isTrue();
    }

    /** Removes one role of the person on the officers page, reached from the tab bar. */
    void remove(String email, OfficerRole role) {
        open("/secretariat/meetings/" + code);
        tab("/people");
        page.locator("#officers tr[data-role=" + role.name() + "]").filter(new Locator.FilterOptions()
                .setHasText(email)).locator("button.remove-officer").click();
        page.locator("#people-notice").waitFor();
    }

    /** The names in the Rapporteurs column of the Question on the study group page. */
    List<String> rapporteursOnTheStudyGroupPage(int sg, int question) {
        open("/secretariat/study-groups/" + sg);
        Locator cell = page.locator("#q-" + question + " td.rapporteurs");
        cell.waitFor();
        return cell.locator(".rapporteur").allInnerTexts().stream().map(String::strip).toList();
    }

    void removeChair(String email) {
        overview();
        page.click("#task-people a");
        Locator row = page.locator("#officers tr[data-role=CHAIR]").filter(new Locator.FilterOptions()
                .setHasText(email));
        row.locator("button.remove-officer").click();
        page.locator("#people-notice").waitFor();
        assertThat(page.locator("#officers tr[data-role=CHAIR]").count()).isZero();
    }

    /** Two agenda items and an Annex A section in English, then both in French at the translation desk. */
    void agendaAndAnnexA() {
        open("/secretariat/meetings/" + code);
        tab("/agenda");
        String[][] items = {{"1", "Opening of the meeting"}, {"2", "Adoption of the agenda"}};
        for (String[] item : items) {
            page.fill("#new-number", item[0]);
            page.fill("#new-en", item[1]);
            page.click("#add-item");
            page.locator("#item-" + item[0]).waitFor();
        }
        tab("/practical-information");
        page.fill("[id='key.0']", "catering"); // a topic of the meeting's own: the letter prints its text
        page.fill("[id='title.0.en']", "Catering");
        page.fill("[id='body.0.en']", "Lunch is served in the ITU cafeteria.");
        page.click("#save-practical");
        page.locator("p.notice[role=status]").waitFor();

        tab("/translations");
        page.click("#progress-fr a");
        page.waitForURL(u -> u.contains("/translations/fr"));
        translate("agenda.1", "Ouverture de la réunion");
        translate("agenda.2", "Adoption de l’ordre du jour");
        translate("annex.catering.title", "Restauration");
        translate("annex.catering.body", "Le déjeuner est servi à la cafétéria de l’UIT.");
    }

    private void translate(String key, String text) {
        card(key).locator("[name=text]").fill(text);
        card(key).locator("button[type=submit]").click();
        card(key).locator("p.notice").waitFor();
    }

    private Locator card(String key) {
        return page.locator(".translation").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name=key][value='" + key + "']")));
    }

    /**
     * An opening plenary and two Question sessions for the solver to place, on the scheduling page reached from
     * the tab bar of the officers page (the tab bar leads to every set-up page, and is on each of them).
     */
    void sessions() {
        open("/secretariat/meetings/" + code + "/people");
        page.click("nav.tabs a[href$='/meetings/" + code + "/scheduling']");
        page.waitForURL("**/meetings/" + code + "/scheduling");
        page.locator("nav.tabs a[href$='/secretariat/meetings/" + code + "/people']").waitFor();
        String[][] wanted = {{"SG_OPENING", ""}, {"QUESTION", "1"}, {"QUESTION", "3"}};
        for (int i = 0; i < wanted.length; i++) {
            page.selectOption("#new-session select[name=kind]", wanted[i][0]);
            page.fill("#new-session input[name=questions]", wanted[i][1]);
            page.fill("#new-session input[name=attendance]", "30");
            page.click("#new-session button[type=submit]");
            page.locator("#sessions tbody tr").nth(i).waitFor();
        }
    }

    /** Starts the solver and follows it on the page until it has saved a plan. */
    void solve() {
        page.click("#solve");
        // the run is shown while it works: its status in words and a way to stop it
        page.locator("#solver[data-state='QUEUED'] #solver-stop, #solver[data-state='RUNNING'] #solver-stop")
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        page.locator("#solver-status").waitFor();
        shot("5-solver-progress");
        page.locator("#solver[data-state='FINISHED']").waitFor(new Locator.WaitForOptions().setTimeout(120_000));
        shot("6-solved");
        assertThat(page.locator("#solver-outcome").getAttribute("class")).as(page.locator("#solver").innerText())
                .contains("notice");
        page.click("#solver-reload");
        page.waitForURL("**/meetings/" + code + "/scheduling**");
    }

    void publish() {
        page.fill("#publish-form input[name=note]", "First plan");
        page.click("#publish");
        page.locator("#versions ~ p.notice[role=status]").waitFor();
        shot("7-published");
    }

    /** The letter page, reached from the particulars tab, and its PDF in the given language. */
    byte[] downloadLetter(String in) throws Exception {
        open("/secretariat/meetings/" + code);
        tab("/letter");
        page.click("#letter-page");
        page.waitForURL("**/meetings/" + code + "/letter");
        page.locator("#letter-ready").waitFor();
        Download pdf = page.waitForDownload(() -> page.click("#letter-downloads a[href$='/letter/" + in + ".pdf']"));
        return Files.readAllBytes(pdf.path());
    }

    /** The officer's line on the meeting page leads to the sessions; the first one's console opens. */
    String openConsoleFromTheMeetingPage(String meeting) {
        open("/meetings/" + meeting);
        page.click("#my-officer-role a");
        page.waitForURL("**/remote/meetings/" + meeting);
        page.locator("a.open-console").first().click();
        page.waitForURL("**/remote/meetings/" + meeting + "/sessions/**");
        page.locator("#floor").waitFor();
        return page.url();
    }

    void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target", "journey", name + "-" + shots + ".png")));
    }

    private void overview() {
        open("/secretariat/meetings/" + code + "/overview");
    }

    private void tab(String suffix) {
        page.click("nav.tabs a[href$='" + suffix + "']");
        page.waitForURL("**/secretariat/meetings/" + code + suffix);
    }

    private void open(String path) {
        page.navigate(base + path);
    }
}
