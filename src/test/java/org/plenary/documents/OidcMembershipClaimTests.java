package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.plenary.support.OidcBrowser;
import org.plenary.support.TestOidcProviders;

/**
 * Issue 17: the provider's membership claim (mapped by the operator: Alpha ID's {@code ties_access}) gives the
 * standing that members-only documents require (L-DOC-4); without it, a person signed in through the same
 * provider is refused, and a later sign-in without the claim takes the standing away.
 */
@IntegrationTest
class OidcMembershipClaimTests extends DocumentTestBase {

    @RegisterExtension
    final OidcBrowser browser = new OidcBrowser();

    Document membersOnly;

    @BeforeEach
    void setUp() {
        Meeting meeting = fixtures.meeting(LocalDate.of(2026, 12, 7));
        Account delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null));
        membersOnly = fixtures.contribution(meeting, delegate,
                DocumentFixtures.form("Members-only claim study " + meeting.code(), 13));
    }

    /** The person signs in through the provider, with the membership claim as given ({@code null}: none). */
    private void signIn(String provider, String subject, String email, String name, Boolean ties) {
        Map<String, Object> claims = TestOidcProviders.verified(email, name);
        if (ties != null) {
            claims.put("ties_access", ties);
        }
        TestOidcProviders.nextPerson(provider, subject, claims);
        browser.signIn(provider);
    }

    private int documentPageStatus() {
        return browser.page().navigate("http://localhost:" + port + "/documents/" + membersOnly.id()).status();
    }

    @Test
    void theMembershipClaimOpensAMembersOnlyDocumentAndItsAbsenceDoesNot() {
        String email = "ties-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        signIn("alpha", "ties-" + email, email, "TIES Holder", true);
        assertThat(documentPageStatus()).isEqualTo(200);
        assertThat(browser.page().content()).contains(membersOnly.title());
        assertThat(browser.context().request().get("http://localhost:" + port + "/documents/" + membersOnly.id()
                + "/file").status()).isEqualTo(200);

        // the next sign-in without the claim: the standing is gone
        browser.context().clearCookies();
        signIn("alpha", "ties-" + email, email, "TIES Holder", null);
        assertThat(documentPageStatus()).isEqualTo(403);
    }

    @Test
    void withoutTheClaimAProvidersPersonIsNoMember() {
        String email = "noties-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        signIn("alpha", "noties-" + email, email, "No TIES", false);
        assertThat(documentPageStatus()).isEqualTo(403);
        assertThat(browser.page().content()).doesNotContain(membersOnly.title());
    }

    @Test
    void aProviderWithoutAMappedMembershipClaimGrantsNoMembership() {
        String email = "beta-ties-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        signIn("beta", "bt-" + email, email, "Beta TIES", true);
        assertThat(documentPageStatus()).isEqualTo(403);
    }
}
