package org.plenary.secretariat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.ItuRegion;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.StudyGroup;
import org.plenary.remote.RemoteFixtures;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 12 from the secretariat's and the chair's seats, in real Chromium, in English and Arabic:
 * the control room shows a meeting's counts and charts (each chart's table equals what the database
 * holds), the secretariat names a chair and a rapporteur from the directory, the chair opens the
 * console from the meeting page; and a chair removed is refused at once in the same session.
 */
@IntegrationTest
class ControlRoomBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    RemoteFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcClient jdbc;

    BrowserContext secretariatContext;
    BrowserContext chairContext;

    @AfterEach
    void closeTheBrowsers() {
        if (secretariatContext != null) {
            secretariatContext.close();
        }
        if (chairContext != null) {
            chairContext.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theSecretariatRunsTheMeetingFromTheControlRoomAndTheChairOpensTheConsole(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        RemoteFixtures.World world = fixtures.world();
        String code = world.code();
        registrationsAndContributions(world);
        Account chair = users.create("Chair " + UUID.randomUUID().toString().substring(0, 6), Role.DELEGATE);
        Account rapporteur = users.create("Rapporteur " + UUID.randomUUID().toString().substring(0, 6),
                Role.DELEGATE);

        secretariatContext = Browsers.chromium().newContext();
        Page page = login(secretariatContext, world.secretariat);
        open(page, "/secretariat?lang=" + lang);
        Locator row = page.locator("#table-upcoming tr[data-meeting='" + code + "']");
        row.waitFor();
        row.locator("a.overview-link").click();
        page.waitForURL(u -> u.contains("/secretariat/meetings/" + code + "/overview"));
        page.locator("#chart-region-table").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));

        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        assertThat(table(page, "chart-region")).as("registrations by region").isEqualTo(byRegion(world, locale));
        assertThat(table(page, "chart-category")).as("by category").isEqualTo(byCategory(world, locale));
        assertThat(table(page, "chart-gender")).as("by gender").isEqualTo(byGender(world, locale));
        assertThat(table(page, "chart-questions")).as("contributions per Question")
                .isEqualTo(perQuestion(world, locale));
        Map<String, Long> days = table(page, "chart-days");
        assertThat(days.values().stream().mapToLong(Long::longValue).sum()).as("every contribution on its day")
                .isEqualTo(count("select count(*) from documents_document where meeting_id = :m and kind = 'C'", world));
        assertThat(days).containsEntry(messages.getMessage("controlRoom.deadlineDay",
                new Object[] {date(LocalDate.of(2026, 9, 1), locale)}, locale), 1L);
        assertThat(page.locator("#chart-region svg[role=img]").getAttribute("aria-label"))
                .isEqualTo(messages.getMessage("controlRoom.chart.region", null, locale));
        assertThat(page.locator("#task-registrations .count").textContent()).contains("5");
        assertThat(page.locator("#task-registrations").textContent())
                .contains(messages.getMessage("controlRoom.waiting", new Object[] {1, 1}, locale));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/control-room-" + lang + ".png")));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(Path.of("target/control-room-" + lang + "-390.png")));
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("no sideways scrolling at 390 px").isLessThanOrEqualTo(390);
        page.setViewportSize(1280, 900);

        page.locator("#task-people a").click();
        page.waitForURL(u -> u.contains("/secretariat/meetings/" + code + "/people"));
        name(page, chair, "CHAIR", null);
        int question = questions(world).get(0).number();
        name(page, rapporteur, "RAPPORTEUR", String.valueOf(question));
        page.locator("#officers tr[data-account='" + rapporteur.id().value() + "'][data-role=RAPPORTEUR]").waitFor();
        assertThat(page.locator("#officers tr[data-account='" + chair.id().value() + "']").textContent())
                .contains(messages.getMessage("officer.role.CHAIR", null, locale), chair.name());
        assertThat(count("select count(*) from meetings_meeting_officer where meeting_id = :m and role = 'RAPPORTEUR'"
                + " and question = " + question, world)).isEqualTo(1);

        chairContext = Browsers.chromium().newContext();
        Page chairPage = login(chairContext, chair);
        open(chairPage, "/meetings/" + code + "?lang=" + lang);
        Locator line = chairPage.locator("#my-officer-role");
        line.waitFor();
        assertThat(line.textContent()).contains(messages.getMessage("officer.role.CHAIR", null, locale));
        line.locator("a").click();
        chairPage.waitForURL(u -> u.endsWith("/remote/meetings/" + code));
        chairPage.locator("#session-" + world.opening.id() + " a.open-console").click();
        chairPage.waitForURL(u -> u.contains("/sessions/" + world.opening.id()));
        chairPage.locator("#decision-list").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(chairPage.locator("h1").textContent()).contains(messages.getMessage("remote.console", null, locale));
    }

    @Test
    void aChairRemovedIsRefusedTheConsoleAtOnceInTheSameSession() {
        RemoteFixtures.World world = fixtures.world();
        String code = world.code();
        Account chair = users.create("Chair " + UUID.randomUUID().toString().substring(0, 6), Role.DELEGATE);
        secretariatContext = Browsers.chromium().newContext();
        Page page = login(secretariatContext, world.secretariat);
        open(page, "/secretariat/meetings/" + code + "/people?lang=en");
        name(page, chair, "CHAIR", null);

        chairContext = Browsers.chromium().newContext();
        Page chairPage = login(chairContext, chair);
        String console = "/remote/meetings/" + code + "/sessions/" + world.opening.id() + "?lang=en";
        assertThat(open(chairPage, console).status()).isEqualTo(200);
        chairPage.locator("#decision-list").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));

        open(page, "/secretariat/meetings/" + code + "/people?lang=en");
        page.locator("#officers tr[data-account='" + chair.id().value() + "'] button.remove-officer").click();
        page.locator("#people-notice").waitFor();
        assertThat(page.locator("#officers tr[data-account='" + chair.id().value() + "']").count())
                .as("the chair is no longer listed").isZero();

        Response refused = open(chairPage, console);
        assertThat(refused.status()).as("the same session's next request").isEqualTo(403);
        assertThat(chairPage.locator("#decision-list").count()).isZero();
        open(chairPage, "/meetings/" + code + "?lang=en");
        chairPage.locator("#my-status").waitFor();
        assertThat(chairPage.locator("#my-officer-role").count()).as("no console link any more").isZero();
    }

    // ---------------------------------------------------------------- steps

    private Page login(BrowserContext context, Account a) {
        Page p = context.newPage();
        open(p, "/login");
        p.fill("#username", a.email());
        p.fill("#password", TestUsers.PASSWORD);
        p.click("button[type=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        return p;
    }

    private Response open(Page p, String path) {
        return p.navigate("http://localhost:" + port + path);
    }

    /** Searches the directory for the person and names them; waits for the page that says it was done. */
    private void name(Page page, Account a, String role, String question) {
        page.fill("#q", a.email());
        page.click("#search");
        Locator found = page.locator("#found li[data-email='" + a.email() + "']");
        found.waitFor();
        found.locator("select.role").selectOption(role);
        if (question != null) {
            found.locator("select.question").selectOption(new SelectOption().setValue(question));
        }
        found.locator("button.name").click();
        page.locator("#officers tr[data-account='" + a.id().value() + "'][data-role=" + role + "]").waitFor();
        assertThat(page.locator("#people-notice").textContent()).isNotBlank();
    }

    /** A chart's table, label to figure (its footer, the total, left out). */
    private static Map<String, Long> table(Page page, String chart) {
        Map<String, Long> figures = new LinkedHashMap<>();
        Locator rows = page.locator("#" + chart + "-table tbody tr");
        for (int i = 0; i < rows.count(); i++) {
            figures.put(rows.nth(i).locator("th").textContent().strip(),
                    Long.parseLong(rows.nth(i).locator("td").textContent().strip()));
        }
        return figures;
    }

    // ---------------------------------------------------------------- the meeting's data and what the database says

    private void registrationsAndContributions(RemoteFixtures.World w) {
        register(w, organisation(w, MembershipCategory.MEMBER_STATE, "CH"), "APPROVED", "female");
        register(w, organisation(w, MembershipCategory.SECTOR_MEMBER, "SN"), "APPROVED", "male");
        register(w, organisation(w, MembershipCategory.SECTOR_MEMBER, "BR"), "SUBMITTED", "female");
        register(w, organisation(w, MembershipCategory.INVITED, "JP"), "SUBMITTED", null);
        register(w, organisation(w, MembershipCategory.ACADEMIA, "CH"), "APPROVED", "other");
        register(w, organisation(w, MembershipCategory.MEMBER_STATE, "BR"), "WITHDRAWN", "male");
        List<StudyGroup.Question> qs = questions(w);
        String period = "T" + UUID.randomUUID().toString().substring(0, 7);
        contribution(w, period, 1, "{" + qs.get(0).number() + "," + qs.get(1).number() + "}", "2026-08-25T10:00:00Z");
        contribution(w, period, 2, "{" + qs.get(0).number() + "}", "2026-08-30T21:30:00Z");
        contribution(w, period, 3, "{}", "2026-09-01T12:00:00Z");
        contribution(w, period, 4, "{" + qs.get(1).number() + "}", "2026-09-03T08:00:00Z");
    }

    private Organisation organisation(RemoteFixtures.World w, MembershipCategory category, String country) {
        return users.as(w.secretariat, () -> directory.create(category + " " + UUID.randomUUID().toString()
                .substring(0, 8), country, category, null, false));
    }

    private void register(RemoteFixtures.World w, Organisation org, String status, String gender) {
        Account a = users.create("Delegate " + UUID.randomUUID().toString().substring(0, 6), Role.DELEGATE);
        jdbc.sql("""
                insert into registration_registration (id, meeting_id, account_id, organisation_id, status, in_person,
                  gender, submitted_at) values (:id, :m, :a, :o, :s, true, :g, :at)""")
                .param("id", UUID.randomUUID()).param("m", w.meeting.id().value()).param("a", a.id().value())
                .param("o", org.id().value()).param("s", status).param("g", gender)
                .param("at", Timestamp.from(Instant.parse("2026-03-01T08:00:00Z"))).update();
    }

    private void contribution(RemoteFixtures.World w, String period, int number, String questions, String at) {
        jdbc.sql("""
                insert into documents_document (id, meeting_id, study_group, study_period, kind, number, title, source,
                  submitted_by, questions, status, submitted_at)
                values (:id, :m, 12, :p, 'C', :n, :t, 'Test', :by, :q::int[], 'SUBMITTED', :at)""")
                .param("id", UUID.randomUUID()).param("m", w.meeting.id().value()).param("p", period)
                .param("n", number).param("t", "Contribution " + number).param("by", w.secretariat.id().value())
                .param("q", questions).param("at", Timestamp.from(Instant.parse(at))).update();
    }

    private List<StudyGroup.Question> questions(RemoteFixtures.World w) {
        return users.as(w.secretariat, () -> meetings.studyGroup(12)).questions();
    }

    private long count(String sql, RemoteFixtures.World w) {
        return jdbc.sql(sql).param("m", w.meeting.id().value()).query(Long.class).single();
    }

    private List<Map<String, Object>> active(RemoteFixtures.World w) {
        return jdbc.sql("""
                select o.category, o.country_code, r.gender from registration_registration r
                join directory_organisation o on o.id = r.organisation_id
                where r.meeting_id = :m and r.status in ('SUBMITTED', 'APPROVED')""")
                .param("m", w.meeting.id().value()).query().listOfRows();
    }

    private Map<String, Long> byRegion(RemoteFixtures.World w, Locale l) {
        Map<ItuRegion, Long> counts = new TreeMap<>();
        active(w).forEach(r -> counts.merge(directory.country((String) r.get("country_code")).orElseThrow().region(),
                1L, Long::sum));
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((k, v) -> labelled.put(messages.getMessage(k.messageKey(), null, l), v));
        return labelled;
    }

    private Map<String, Long> byCategory(RemoteFixtures.World w, Locale l) {
        Map<MembershipCategory, Long> counts = new TreeMap<>();
        active(w).forEach(r -> counts.merge(MembershipCategory.valueOf((String) r.get("category")), 1L, Long::sum));
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((k, v) -> labelled.put(messages.getMessage(k.messageKey(), null, l), v));
        return labelled;
    }

    private Map<String, Long> byGender(RemoteFixtures.World w, Locale l) {
        Map<String, Long> counts = new TreeMap<>();
        active(w).forEach(r -> counts.merge(r.get("gender") == null ? "unknown" : (String) r.get("gender"), 1L,
                Long::sum));
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((k, v) -> labelled.put(messages.getMessage(k.equals("unknown") ? "controlRoom.gender.unknown"
                : "registration.gender." + k, null, l), v));
        return labelled;
    }

    private Map<String, Long> perQuestion(RemoteFixtures.World w, Locale l) {
        Map<String, Long> labelled = new LinkedHashMap<>();
        for (StudyGroup.Question q : questions(w)) {
            labelled.put("Q" + q.number() + "/12", count("""
                    select count(*) from documents_document where meeting_id = :m and kind = 'C'
                    and questions @> array[%d]""".formatted(q.number()), w));
        }
        long none = count("select count(*) from documents_document where meeting_id = :m and kind = 'C'"
                + " and cardinality(questions) = 0", w);
        if (none > 0) {
            labelled.put(messages.getMessage("controlRoom.noQuestion", null, l), none);
        }
        return labelled;
    }

    private static String date(LocalDate d, Locale l) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale("en".equals(l.getLanguage()) ? Locale.UK : l).format(d);
    }

}
