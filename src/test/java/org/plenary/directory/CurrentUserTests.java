package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.fellowships.Fellowships;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingSetup;
import org.plenary.registration.RegistrationManagement;
import org.plenary.remote.RemoteParticipation;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.plenary.support.FormBrowser;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.plenary.visas.VisaLetters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * {@link CurrentUser}, the one way to ask who is calling: without an account every service refuses
 * alike (401, {@code login.required}), the API answers that with a problem detail and pages with the
 * login form; with an account it is that account.
 */
@IntegrationTest
class CurrentUserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup meetings;
    @Autowired
    RegistrationManagement registrations;
    @Autowired
    Fellowships fellowships;
    @Autowired
    VisaLetters visas;
    @Autowired
    RemoteParticipation remote;

    Meeting meeting;
    Account delegate;

    @BeforeEach
    void setUp() {
        Account secretariat = users.create("Secretariat", Role.SECRETARIAT);
        delegate = users.create("Delegate Current", Role.DELEGATE);
        String code = "CU-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate first = LocalDate.of(2026, 11, 23);
        meeting = users.as(secretariat, () -> meetings.create(code, 12, new MeetingDetails(LocalizedText.en("Who"),
                LocalizedText.en("Geneva"), LocalizedText.en("ITU"), first, first.plusDays(4), "Europe/Zurich",
                LocalTime.of(9, 30), LocalTime.of(8, 30), LocalizedText.en("Montbrillant"), LocalizedText.en("Chair"),
                "tsbsg12@itu.int", "+41 22 730 5111")));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    /** The five lookups that each failed in their own way (403 with four keys, 401 with a fifth) now fail alike. */
    @Test
    void everyServiceRefusesACallerWithoutAnAccountAsUnauthenticated() {
        Map<String, Supplier<Object>> asks = Map.of(
                "CurrentUser", CurrentUser::require,
                "registration", () -> registrations.mine(meeting.id()),
                "fellowships", () -> fellowships.mine(meeting.code()),
                "visa letters", () -> visas.myRequest(meeting.code()),
                "remote participation", () -> remote.myRequests(meeting.code()));
        for (var noAccount : List.<Runnable>of(SecurityContextHolder::clearContext,
                () -> SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key",
                        "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))) {
            noAccount.run();
            assertThat(CurrentUser.find()).isEmpty();
            asks.forEach((who, ask) -> assertThatThrownBy(ask::get).as(who).isInstanceOfSatisfying(
                    PlenaryException.class, e -> {
                        assertThat(e.status().value()).as(who).isEqualTo(401);
                        assertThat(e.messageKey()).as(who).isEqualTo("login.required");
                    }));
        }
    }

    @Test
    void aLoggedInCallerIsTheirAccount() {
        PlenaryPrincipal me = users.as(delegate, CurrentUser::require);
        assertThat(me.accountId()).isEqualTo(delegate.id());
        assertThat(users.as(delegate, CurrentUser::find)).contains(me);
        assertThat(users.as(delegate, () -> registrations.mine(meeting.id()))).isEmpty();
    }

    /** One guarded use case, "my registration for the meeting", asked through the API and through its page. */
    @Test
    void theApiAnswersA401ProblemAndPagesSendToTheLoginThenServeTheAccount() {
        TestHttp anonymous = new TestHttp(port);
        var api = anonymous.get("/api/v1/meetings/" + meeting.code() + "/registrations/mine");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        assertThat(api.json().get("status").asInt()).isEqualTo(401);

        FormBrowser browser = new FormBrowser(port);
        HttpResponse<String> page = browser.get("/meetings/" + meeting.code() + "/register");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");

        assertThat(anonymous.as(delegate.email(), TestUsers.PASSWORD)
                .get("/api/v1/meetings/" + meeting.code() + "/registrations/mine").status())
                .as("logged in: their own (none yet)").isEqualTo(404);
        assertThat(browser.login(delegate.email(), TestUsers.PASSWORD)).isTrue();
        assertThat(browser.get("/meetings/" + meeting.code() + "/register").statusCode()).isEqualTo(200);
        assertThat(browser.get("/account").body()).as("the account page shows the caller's own account")
                .contains(delegate.name());
    }
}
