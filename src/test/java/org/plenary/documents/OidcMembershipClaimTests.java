package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestOidcProviders;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: the provider's membership claim (mapped by the operator: Alpha ID's {@code ties_access}) gives the
 * standing that members-only documents require (L-DOC-4); without it, a person signed in through the same
 * provider is refused, and a later sign-in without the claim takes the standing away.
 */
@IntegrationTest
class OidcMembershipClaimTests {

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    Submissions submissions;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;

    Document membersOnly;
    BrowserContext context;
    Page page;

    @BeforeEach
    void setUp() {
        Meeting meeting = fixtures.meeting(LocalDate.of(2026, 12, 7));
        Account delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null));
        membersOnly = users.as(delegate, () -> submissions.submitContribution(meeting.code(),
                new Submissions.ContributionForm("Members-only claim study " + meeting.code(), List.of(), "", List.of(),
                        List.of(13), List.of(), null, "", false, false),
                new Submissions.Upload("c.pdf", new ByteArrayInputStream(TestFiles.pdf()))));
        clock.set(Instant.now()); // the provider's ID tokens carry real time
        context = Browsers.chromium().newContext();
        page = context.newPage();
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theMembershipClaimOpensAMembersOnlyDocumentAndItsAbsenceDoesNot() {
        String email = "ties-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        Map<String, Object> claims = TestOidcProviders.verified(email, "TIES Holder");
        claims.put("ties_access", true);
        TestOidcProviders.nextPerson("alpha", "ties-" + email, claims);
        TestOidcProviders.signIn(page, port, "alpha");
        assertThat(page.navigate("http://localhost:" + port + "/documents/" + membersOnly.id()).status()).isEqualTo(200);
        assertThat(page.content()).contains(membersOnly.title());
        assertThat(context.request().get("http://localhost:" + port + "/documents/" + membersOnly.id() + "/file")
                .status()).isEqualTo(200);

        // the next sign-in without the claim: the standing is gone
        context.clearCookies();
        TestOidcProviders.nextPerson("alpha", "ties-" + email, TestOidcProviders.verified(email, "TIES Holder"));
        TestOidcProviders.signIn(page, port, "alpha");
        assertThat(page.navigate("http://localhost:" + port + "/documents/" + membersOnly.id()).status()).isEqualTo(403);
    }

    @Test
    void withoutTheClaimAProvidersPersonIsNoMember() {
        String email = "noties-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        Map<String, Object> claims = TestOidcProviders.verified(email, "No TIES");
        claims.put("ties_access", false);
        TestOidcProviders.nextPerson("alpha", "noties-" + email, claims);
        TestOidcProviders.signIn(page, port, "alpha");
        assertThat(page.navigate("http://localhost:" + port + "/documents/" + membersOnly.id()).status()).isEqualTo(403);
        assertThat(page.content()).doesNotContain(membersOnly.title());
    }

    @Test
    void aProviderWithoutAMappedMembershipClaimGrantsNoMembership() {
        String email = "beta-ties-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        Map<String, Object> claims = TestOidcProviders.verified(email, "Beta TIES");
        claims.put("ties_access", true);
        TestOidcProviders.nextPerson("beta", "bt-" + email, claims);
        TestOidcProviders.signIn(page, port, "beta");
        assertThat(page.navigate("http://localhost:" + port + "/documents/" + membersOnly.id()).status()).isEqualTo(403);
    }
}
