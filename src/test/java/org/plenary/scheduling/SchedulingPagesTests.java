package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingSetup;
import org.plenary.meetings.OfficerAppointments;
import org.plenary.meetings.OfficerRole;
import org.plenary.scheduling.solver.QuestionConflict;
import org.plenary.shared.WebLocaleConfig;
import org.plenary.support.IntegrationTest;
import org.plenary.support.SqlStatements;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The secretariat's page through the real filter chain (MockMvc on the shared context, no second context). */
@IntegrationTest
class SchedulingPagesTests extends SchedulingTestBase {

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoomManagement roomManagement;
    @Autowired
    UserDetailsService details;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    OfficerAppointments appointments;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    RequestPostProcessor as(Account a) {
        return user(details.loadUserByUsername(a.email()));
    }

    MockHttpServletRequestBuilder form(String path, Account a) {
        return post(path).with(as(a)).with(csrf());
    }

    static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Test
    void aQuestionAsksForSeveralHalfDaysThenTheSolverPlacesThem() throws Exception {
        var f = fixture.meeting();
        String base = "/meetings/" + f.code() + "/scheduling";
        mvc.perform(form(base + "/sessions", f.secretariat()).param("kind", "QUESTION").param("questions", "Q4/12")
                .param("count", "3").param("attendance", "20").param("preferredDays", "2027-03-02")
                .param("preferredHalf", "MORNING")).andExpect(status().is3xxRedirection());
        assertThat(editing.drafts(f.code())).hasSize(3).noneMatch(Session::placed)
                .allMatch(s -> s.preferredDays().contains(LocalDate.of(2027, 3, 2)));
        String page = mvc.perform(get(base).with(as(f.secretariat()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("3 requests not placed yet").contains("not feasible");
        mvc.perform(form(base + "/solve", f.secretariat())).andExpect(status().is3xxRedirection());
        // the solver runs as a background job: its plan arrives in the draft when the run finishes
        await().atMost(Duration.ofSeconds(60)).until(() -> editing.drafts(f.code()).stream().allMatch(Session::placed));
        assertThat(editing.drafts(f.code())).hasSize(3).allMatch(Session::placed);
    }

    @Test
    void badFormsAreRefusedWithAReadableMessageAndNothingIsSaved() throws Exception {
        var f = fixture.meeting();
        String base = "/meetings/" + f.code() + "/scheduling";
        String body = mvc.perform(form(base + "/sessions", f.secretariat()).param("kind", "QUESTION")
                        .param("questions", "4").param("day", "2027-03-01").param("start", "12:00").param("end", "10:00")
                        .param("roomId", f.big().id().toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("before it starts");
        mvc.perform(form(base + "/sessions", f.secretariat()).param("kind", "QUESTION").param("questions", "77"))
                .andExpect(status().isBadRequest());
        assertThat(editing.drafts(f.code())).isEmpty();
    }

    @Test
    void roomsAreSetUpOnTheRoomsPageWhichTheSchedulingPageLinksTo() throws Exception {
        var f = fixture.meeting();
        var chair = users.create("Scheduling chair", Role.CHAIR);
        users.as(f.secretariat(), () -> meetingSetup.addOfficer(f.code(), chair.id().value()));
        String page = mvc.perform(get("/meetings/" + f.code() + "/scheduling").with(as(f.secretariat())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("id=\"new-room\"").doesNotContain("/scheduling/rooms")
                .doesNotContain("/scheduling/screens").contains("Big room")
                .contains("href=\"/secretariat/meetings/" + f.code() + "/rooms\"");
        // an officer who is not the secretariat reads who sets rooms up, and gets no link it may not follow
        String officers = mvc.perform(get("/meetings/" + f.code() + "/scheduling").with(as(chair)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(officers).contains("The secretariat sets up the venue’s rooms and screens.")
                .doesNotContain("/secretariat/meetings/" + f.code() + "/rooms");
        // the rooms page refuses a bad room next to its field and saves nothing
        String refused = mvc.perform(form("/secretariat/meetings/" + f.code() + "/rooms", f.secretariat())
                        .param("name", "Negative").param("capacity", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"room-capacity-error\"").contains("cannot be below zero");
        assertThat(roomManagement.roomsOfVenue(f.venue())).hasSize(2);
    }

    @Test
    void aSessionIsEditedInPlaceWithHtmxOrAsAPlainForm() throws Exception {
        var f = fixture.meeting();
        Session s = users.as(f.secretariat(), () -> editing.create(f.code(), SchedulingFixture.placed(
                SessionKind.QUESTION, List.of(4), null, MON, "09:30", "12:30", f.small(), false)));
        String row = "/meetings/" + f.code() + "/scheduling/sessions/" + s.id() + "/edit";
        // htmx: the row turns into its form, alone
        String form = mvc.perform(get(row).with(as(f.secretariat())).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("<html").contains("id=\"s-" + s.id() + "\"")
                .contains("class=\"move edit-session").contains("id=\"e-" + s.id() + "-kind\"");
        // a refusal comes back in the row, next to its field, with what was typed; nothing is saved
        String refused = mvc.perform(edit(form(row, f.secretariat()).header("HX-Request", "true"), "Renamed",
                        "12:30", "09:30", f.big())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).doesNotContain("<html").contains("class=\"field-error\"").contains("before it starts")
                .contains("value=\"Renamed\"");
        assertThat(editing.drafts(f.code())).containsExactly(s);
        // saved: the row comes back as a row, with its new name and place
        String saved = mvc.perform(edit(form(row, f.secretariat()).header("HX-Request", "true"), "Renamed",
                        "14:30", "17:30", f.big())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(saved).doesNotContain("<html").doesNotContain("edit-session").contains("Renamed")
                .contains("Big room").contains("Saved.");
        assertThat(editing.drafts(f.code())).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Renamed");
            assertThat(d.start()).isEqualTo(LocalTime.of(14, 30));
            assertThat(d.roomId()).isEqualTo(f.big().id());
            assertThat(d.pinned()).isTrue();
        });
        // without JavaScript: the page with the row as a form, then back to the page at the row
        String page = mvc.perform(get(row).with(as(f.secretariat()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<html").contains("id=\"e-" + s.id() + "-title\"").contains("Rooms and screens");
        String wrong = mvc.perform(edit(form(row, f.secretariat()), "Again", "14:30", "14:00", f.big()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("<html").contains("before it starts").contains("value=\"Again\"");
        mvc.perform(edit(form(row, f.secretariat()), "Plain", "09:30", "12:30", f.small()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/meetings/" + f.code() + "/scheduling#s-" + s.id()));
        assertThat(editing.drafts(f.code())).singleElement().extracting(Session::title).isEqualTo("Plain");
        // another person's session id, or none, is not found
        mvc.perform(get("/meetings/" + f.code() + "/scheduling/sessions/" + UUID.randomUUID() + "/edit")
                .with(as(f.secretariat()))).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder edit(MockHttpServletRequestBuilder b, String title, String start,
            String end, Room room) {
        return b.param("kind", "QUESTION").param("title", title).param("questions", "Q4/12").param("day", "2027-03-01")
                .param("start", start).param("end", end).param("roomId", room.id().toString())
                .param("durationMinutes", "").param("attendance", "20").param("pinned", "true");
    }

    @Test
    void theApiEditsADraftSessionAndAnswersBadInputWithAProblem() {
        var f = fixture.meeting();
        var delegate = users.create("API delegate", Role.DELEGATE);
        Session s = users.as(f.secretariat(), () -> editing.create(f.code(), SchedulingFixture.placed(
                SessionKind.QUESTION, List.of(4), null, MON, "09:30", "12:30", f.small(), false)));
        TestHttp api = new TestHttp(port).as(f.secretariat().email(), TestUsers.PASSWORD);
        String path = "/api/v1/meetings/" + f.code() + "/draft-sessions/" + s.id();
        var ok = api.put(path, """
                {"kind":"JOINT_QUESTION","title":"QoE joint","questions":[4,5],"day":"2027-03-02","start":"14:30",
                 "end":"16:00","roomId":"%s","durationMinutes":90,"attendance":40,"pinned":true}"""
                .formatted(f.big().id()));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().get("title").asString()).isEqualTo("QoE joint");
        assertThat(api.get("/api/v1/meetings/" + f.code() + "/draft-sessions").json().get(0).get("kind").asString())
                .isEqualTo("JOINT_QUESTION");
        var late = api.put(path, """
                {"kind":"JOINT_QUESTION","questions":[4,5],"day":"2027-03-02","start":"16:00","end":"14:30",
                 "roomId":"%s","attendance":40}""".formatted(f.big().id()));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(late.json().get("code").asString()).isEqualTo("scheduling.session.endBeforeStart");
        var unknownKind = api.put(path, "{\"kind\":\"COFFEE\",\"questions\":[4]}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.contentType()).startsWith("application/problem+json");
        var missing = api.put("/api/v1/meetings/" + f.code() + "/draft-sessions/" + UUID.randomUUID(),
                "{\"kind\":\"QUESTION\",\"questions\":[4]}");
        assertThat(missing.status()).isEqualTo(404);
        var delegates = new TestHttp(port).as(delegate.email(), TestUsers.PASSWORD);
        assertThat(delegates.get("/api/v1/meetings/" + f.code() + "/draft-sessions").status()).isEqualTo(403);
        assertThat(delegates.put(path, "{\"kind\":\"QUESTION\",\"questions\":[4]}").status()).isEqualTo(403);
        assertThat(editing.drafts(f.code())).singleElement().extracting(Session::title).isEqualTo("QoE joint");
    }

    @Test
    void aVersionsChangesNameTheirFieldsInTheReadersLanguage() throws Exception {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            Session x = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.small(), false));
            publishing.publish(f.code(), "v1");
            editing.edit(f.code(), x.id(), new Session.Edit(SessionKind.QUESTION, null, List.of(4), null,
                    MON.plusDays(1), LocalTime.of(14, 30), LocalTime.of(17, 30), f.big().id(), null, 20, false));
            publishing.publish(f.code(), "v2");
        });
        String fr = mvc.perform(get("/meetings/" + f.code() + "/scheduling/versions/2").with(as(f.secretariat()))
                .cookie(new Cookie(WebLocaleConfig.COOKIE, "fr"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(fr).contains("(jour, horaire, salle)").doesNotContain("(day, time, room)");
    }

    /** The scheduler keeps apart the Questions one person is named rapporteur of on the officers page, no others. */
    @Test
    void questionsSharingARapporteurNamedOnTheOfficersPageMustNotOverlap() throws Exception {
        var f = fixture.meeting();
        Account shared = users.create("Shared Rapporteur", Role.DELEGATE);
        Account other = users.create("Other Rapporteur", Role.DELEGATE);
        users.as(f.secretariat(), () -> {
            appointments.name(f.code(), shared.id().value(), OfficerRole.RAPPORTEUR, null, 4);
            appointments.name(f.code(), other.id().value(), OfficerRole.RAPPORTEUR, null, 6);
        });
        assertThat(users.as(f.secretariat(), () -> editing.conflicts(f.code()))).as("one Question each").isEmpty();
        users.as(f.secretariat(), () -> appointments.name(f.code(), shared.id().value(), OfficerRole.RAPPORTEUR, null, 5));
        assertThat(users.as(f.secretariat(), () -> editing.conflicts(f.code())))
                .containsExactly(QuestionConflict.of(4, 5, QuestionConflict.Reason.SHARED_RAPPORTEUR));
        String page = mvc.perform(get("/meetings/" + f.code() + "/scheduling?lang=en").with(as(f.secretariat())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Q4/12 — Q5/12 (shared rapporteur)");
        users.as(f.secretariat(), () -> appointments.remove(f.code(), shared.id().value(), OfficerRole.RAPPORTEUR, null, 4));
        assertThat(users.as(f.secretariat(), () -> editing.conflicts(f.code()))).as("removed: apart no longer").isEmpty();
    }

    /** The list of published versions names each publisher by name (never the e-mail address), read in one statement. */
    @Test
    void publishedVersionsNameTheirPublisherReadWithTheVersionsInOneStatement() throws Exception {
        var f = fixture.meeting();
        Account colleague = users.create("Publishing Colleague", Role.SECRETARIAT);
        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.small(), false));
            publishing.publish(f.code(), "v1");
        });
        long oneVersion = SqlStatements.countReads(() -> publishing.versions(f.code())).statements();
        users.as(colleague, () -> publishing.publish(f.code(), "v2"));
        var two = SqlStatements.countReads(() -> publishing.versions(f.code()));
        assertThat(two.result()).extracting(PublishedVersion::publishedBy)
                .containsExactly("Publishing Colleague", "Scheduling Secretariat");
        assertThat(two.statements()).as("the names come with the versions, not one read per version")
                .isEqualTo(oneVersion);

        String page = mvc.perform(get("/meetings/" + f.code() + "/scheduling").with(as(f.secretariat())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String versions = page.substring(page.indexOf("id=\"versions\""));
        assertThat(versions).contains("<span class=\"publisher\">Publishing Colleague</span>")
                .contains("<span class=\"publisher\">Scheduling Secretariat</span>")
                .doesNotContain(colleague.email()).doesNotContain(f.secretariat().email());
    }

    @Test
    void theSchedulingPageNamesSessionsAndNeverShowsAKindsCode() throws Exception {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            for (SessionKind k : SessionKind.values()) {
                List<Integer> qs = k == SessionKind.QUESTION ? List.of(4)
                        : k == SessionKind.JOINT_QUESTION ? List.of(4, 5) : List.of();
                editing.create(f.code(), new Session.Input(k, k.workingPartyPlenary() ? 1 : null, qs,
                        k == SessionKind.WORKSHOP || k == SessionKind.AD_HOC ? "Named" : null, null, null, null, null,
                        null, List.of(), false, 10, false, 0, null, Set.of(), null));
            }
        });
        String page = mvc.perform(get("/meetings/" + f.code() + "/scheduling").with(as(f.secretariat())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = page.replaceAll("(?s)<[^>]*>", " ");
        for (SessionKind k : SessionKind.values()) {
            assertThat(text).as("visible text").doesNotContainPattern("\\b" + k.name() + "\\b");
        }
        assertThat(text).contains("Newcomers’ session").contains("SG12 opening plenary");
    }

    @Test
    void delegatesCannotOpenOrChangeTheSchedulingPage() throws Exception {
        var f = fixture.meeting();
        var delegate = users.create("Curious delegate", Role.DELEGATE);
        String base = "/meetings/" + f.code() + "/scheduling";
        mvc.perform(get(base).with(as(delegate))).andExpect(status().isForbidden());
        mvc.perform(form(base + "/sessions", delegate).param("kind", "QUESTION").param("questions", "4"))
                .andExpect(status().isForbidden());
        mvc.perform(form(base + "/publish", delegate)).andExpect(status().isForbidden());
        assertThat(editing.drafts(f.code())).isEmpty();
        assertThat(publishing.versions(f.code())).isEmpty();
    }
}
