package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.shared.LocalizedText;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one officer check ({@link Officers}, {@link OfficerOfMeeting}): the secretariat and the people
 * named the meeting's officers, nobody else; and the list is read at every request, so an
 * officer removed from the meeting is refused at once although their session lives on; and the
 * pages offer a chair only what he may open.
 */
@IntegrationTest
class OfficerCheckTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup meetings;
    @Autowired
    Officers officers;
    @Autowired
    OfficerAppointments appointments;
    @Autowired
    MeetingManagement reading;
    @Autowired
    JdbcClient jdbc;

    Account secretariat;
    Account chairHere;
    Account chairElsewhere;
    Account delegate;
    Meeting meeting;
    Meeting other;

    @BeforeEach
    void setUp() {
        secretariat = users.create("Secretariat", Role.SECRETARIAT);
        chairHere = users.create("Chair Here", Role.CHAIR);
        chairElsewhere = users.create("Chair Elsewhere", Role.CHAIR);
        delegate = users.create("Delegate", Role.DELEGATE);
        meeting = meeting();
        other = meeting();
        users.as(secretariat, () -> meetings.addOfficer(meeting.code(), chairHere.id().value()));
        users.as(secretariat, () -> meetings.addOfficer(other.code(), chairElsewhere.id().value()));
    }

    private Meeting meeting() {
        String code = "OC-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate first = LocalDate.of(2026, 11, 16);
        return users.as(secretariat, () -> meetings.create(code, 12, new MeetingDetails(LocalizedText.en("Officers"),
                LocalizedText.en("Geneva"), LocalizedText.en("ITU"), first, first.plusDays(4), "Europe/Zurich",
                LocalTime.of(9, 30), LocalTime.of(8, 30), LocalizedText.en("Montbrillant"), LocalizedText.en("Chair"),
                "tsbsg12@itu.int", "+41 22 730 5111")));
    }

    private boolean officer(Account a, Meeting m) {
        boolean byId = users.as(a, () -> officers.isOfficer(m.id()));
        boolean byCode = users.as(a, () -> officers.isOfficer(m.code()));
        assertThat(byCode).as("by code and by id alike").isEqualTo(byId);
        return byId;
    }

    @Test
    void theSecretariatAndTheMeetingsOwnChairAreOfficersNobodyElse() {
        assertThat(officer(secretariat, meeting)).as("secretariat").isTrue();
        assertThat(officer(chairHere, meeting)).as("chair listed as officer of this meeting").isTrue();
        assertThat(officer(chairElsewhere, meeting)).as("chair of another meeting").isFalse();
        assertThat(officer(chairHere, other)).as("this meeting's chair at another meeting").isFalse();
        assertThat(officer(delegate, meeting)).as("delegate").isFalse();
        SecurityContextHolder.clearContext();
        assertThat(officers.isOfficer(meeting.id())).as("anonymous").isFalse();
        assertThat(officers.isOfficer(meeting.code())).as("anonymous").isFalse();
    }

    /** Being named by the secretariat is the grant, for that meeting only: no global CHAIR role is needed. */
    @Test
    void aNamedRapporteurWithoutAGlobalRoleIsAnOfficerOfThatMeetingOnly() {
        Account listed = users.create("Named Rapporteur", Role.DELEGATE);
        assertThat(officer(listed, meeting)).as("before being named").isFalse();
        int question = users.as(secretariat, () -> reading.studyGroup(meeting.studyGroup())).questions().get(0).number();
        users.as(secretariat, () -> appointments.name(meeting.code(), listed.id().value(), OfficerRole.RAPPORTEUR,
                null, question));
        assertThat(officer(listed, meeting)).as("named rapporteur of this meeting").isTrue();
        assertThat(officer(listed, other)).as("at another meeting").isFalse();
    }

    @Test
    void methodSecurityAsksTheSameCheck() {
        TestHttp anonymous = new TestHttp(port);
        String cells = "[{\"day\":\"2026-11-16\",\"half\":\"MORNING\",\"text\":{\"en\":\"Opening plenary\"}}]";
        String path = "/api/v1/meetings/" + meeting.code() + "/letter/time-plan";
        assertThat(anonymous.put(path, cells).status()).as("anonymous").isEqualTo(401);
        assertThat(as(delegate).put(path, cells).status()).as("delegate").isEqualTo(403);
        assertThat(as(chairElsewhere).put(path, cells).status()).as("chair of another meeting").isEqualTo(403);
        assertThat(as(chairHere).put(path, cells).status()).as("chair of this meeting").isEqualTo(200);
        assertThat(as(secretariat).put(path, cells).status()).as("secretariat").isEqualTo(200);
    }

    private TestHttp as(Account a) {
        return new TestHttp(port).as(a.email(), TestUsers.PASSWORD);
    }

    @Test
    void anOfficerRemovedFromTheMeetingIsRefusedAtOnceInTheSameSession() {
        FormBrowser chair = new FormBrowser(port);
        assertThat(chair.login(chairHere.email(), TestUsers.PASSWORD)).isTrue();
        String agenda = "/secretariat/meetings/" + meeting.code() + "/agenda";
        String scheduling = "/meetings/" + meeting.code() + "/scheduling";
        assertThat(chair.get(agenda).statusCode()).isEqualTo(200);
        assertThat(chair.get(scheduling).statusCode()).isEqualTo(200);

        jdbc.sql("delete from meetings_meeting_officer where meeting_id = :m and account_id = :a")
                .param("m", meeting.id().value()).param("a", chairHere.id().value()).update();

        assertThat(chair.loggedIn()).as("the session itself lives on").isTrue();
        assertThat(chair.get(agenda).statusCode()).as("agenda editor").isEqualTo(403);
        assertThat(chair.get(scheduling).statusCode()).as("scheduling page").isEqualTo(403);
    }

    /** The meeting's pages only the secretariat opens. */
    private List<String> secretariatOnly() {
        String m = "/secretariat/meetings/" + meeting.code();
        return List.of(m, m + "/letter", m + "/events", m + "/people", m + "/deadlines", m + "/practical-information",
                m + "/rooms", m + "/translations");
    }

    /** The set-up pages a meeting's officer opens: each is a tab of the meeting's tab bar. */
    private String[] officerTabs() {
        return new String[] {"/secretariat/meetings/" + meeting.code() + "/agenda",
                "/secretariat/meetings/" + meeting.code() + "/time-plan", "/meetings/" + meeting.code() + "/scheduling"};
    }

    private static List<String> links(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"(/[^\"#]*)").matcher(html);
        while (m.find()) {
            found.add(m.group(1).replace("&amp;", "&"));
        }
        return found;
    }

    private FormBrowser loggedIn(Account a) {
        FormBrowser b = new FormBrowser(port);
        assertThat(b.login(a.email(), TestUsers.PASSWORD)).isTrue();
        return b;
    }

    /** Issue 12: a page never offers what the person cannot do; the chair edits the agenda and time plan, no more. */
    @Test
    void theChairSeesNoSecretariatOnlyLinkAndEveryLinkHeSeesOpensForHim() {
        FormBrowser chair = loggedIn(chairHere);
        for (String page : List.of("/secretariat/meetings/" + meeting.code() + "/agenda",
                "/secretariat/meetings/" + meeting.code() + "/time-plan", "/meetings/" + meeting.code() + "/scheduling")) {
            var response = chair.get(page + "?lang=en");
            assertThat(response.statusCode()).as(page).isEqualTo(200);
            List<String> links = links(response.body());
            assertThat(links).as("links on " + page).doesNotContainAnyElementsOf(secretariatOnly())
                    .as("the tab bar leads him to every page he edits").contains(officerTabs());
            for (String link : links) {
                assertThat(chair.get(link).statusCode()).as(link + " seen on " + page).isEqualTo(200);
            }
        }
        assertThat(chair.get("/secretariat/meetings/" + meeting.code() + "/agenda?lang=en").body())
                .as("the chair is told who translates").contains("the secretariat translates it into the other languages");
        assertThat(chair.get("/meetings/" + meeting.code() + "/scheduling?lang=en").body())
                .as("publishing is the secretariat's").doesNotContain("id=\"publish-form\"")
                .contains("The secretariat publishes the plan");
        assertThat(chair.get(secretariatOnly().get(0)).statusCode()).as("what is hidden is refused").isEqualTo(403);
    }

    @Test
    void theSecretariatSeesEveryTabAndHowFarTheTranslationsAre() {
        FormBrowser browser = loggedIn(secretariat);
        for (String page : List.of("/secretariat/meetings/" + meeting.code() + "/agenda",
                "/secretariat/meetings/" + meeting.code() + "/people", "/meetings/" + meeting.code() + "/scheduling")) {
            assertThat(links(browser.get(page + "?lang=en").body())).as("the tab bar on " + page)
                    .containsAll(secretariatOnly()).contains(officerTabs());
        }
        String agenda = browser.get("/secretariat/meetings/" + meeting.code() + "/agenda?lang=en").body();
        assertThat(agenda).contains("Other languages: 5 of 5 need translating on the translation desk.");
        assertThat(browser.get("/meetings/" + meeting.code() + "/scheduling?lang=en").body())
                .contains("id=\"publish-form\"");
    }

    /** Method security names the officer rule once: no expression spells it out again, none returns a constant. */
    @Test
    void noOtherSpellingOfTheOfficerRule() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(java.util.regex.Pattern.compile(".*")));
        List<String> found = new ArrayList<>();
        for (var bd : scanner.findCandidateComponents("org.plenary")) {
            Class<?> type = Class.forName(bd.getBeanClassName(), false, getClass().getClassLoader());
            for (Method m : type.getDeclaredMethods()) {
                PreAuthorize p = m.getAnnotation(PreAuthorize.class);
                if (p != null && (p.value().toLowerCase().contains("officer") || m.getReturnType() == boolean.class)) {
                    found.add(type.getSimpleName() + "." + m.getName() + ": " + p.value());
                }
            }
        }
        assertThat(found).as("officer rule spelled out, or a guarded method answering yes/no").isEmpty();
    }
}
