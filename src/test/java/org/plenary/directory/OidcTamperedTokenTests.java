package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.support.IntegrationTest;
import org.plenary.support.OidcBrowser;
import org.plenary.support.MutableClock;
import org.plenary.support.TestOidcProviders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: an ID token that is not valid for Plenary is refused and creates nothing: one the provider issued
 * already expired, a fresh one when Plenary's clock is past its expiry (the check uses Plenary's clock), one issued
 * for another client (audience), and one whose payload was changed after the provider signed it (signature). The
 * control tests show that the same person and provider sign in with a valid token, also when it passes through the
 * route that alters tokens unchanged, so each refusal is the check named.
 */
@IntegrationTest
class OidcTamperedTokenTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MutableClock clock;
    @RegisterExtension
    final OidcBrowser browser = new OidcBrowser();

    String email;

    @BeforeEach
    void newAddress() {
        email = "expiry-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
    }

    @AfterEach
    void close() {
        TestOidcProviders.alterNextIdToken(null);
    }

    private void nextToken(long expirySeconds) {
        TestOidcProviders.SERVER.enqueueCallback(new DefaultOAuth2TokenCallback("alpha", "exp-" + email, "JWT",
                List.of(TestOidcProviders.clientId("alpha")), TestOidcProviders.verified(email, "Expiry Test"),
                expirySeconds));
    }

    @Test
    void aValidTokenSignsIn() {
        nextToken(3600);
        browser.signIn("alpha");
        assertThat(browser.page().url()).doesNotContain("/login");
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void aTokenIssuedExpiredIsRefused() {
        nextToken(-600);
        browser.signIn("alpha");
        assertRefused();
    }

    @Test
    void aTokenPastItsExpiryOnPlenarysClockIsRefused() {
        clock.set(Instant.now().plus(Duration.ofHours(2)));
        nextToken(3600);
        browser.signIn("alpha");
        assertRefused();
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        java.util.Map<String, Object> claims = TestOidcProviders.verified(email, "Audience Test");
        // the mock provider always addresses ID tokens to the requesting client; a claim overrides it
        claims.put("aud", List.of("another-client"));
        TestOidcProviders.SERVER.enqueueCallback(new DefaultOAuth2TokenCallback("alpha", "exp-" + email, "JWT",
                List.of("another-client"), claims, 3600));
        browser.signIn("alpha");
        assertRefused();
    }

    @Test
    void anUnchangedTokenPassedOnByTheAlteringRouteSignsIn() {
        nextToken(3600);
        TestOidcProviders.alterNextIdToken(token -> token);
        browser.signIn("alpha");
        assertThat(browser.page().url()).doesNotContain("/login");
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void aTokenChangedAfterTheProviderSignedItIsRefused() {
        nextToken(3600);
        // the attacker adds the group claim that makes secretariat (alpha maps it) and keeps the provider's signature
        TestOidcProviders.alterNextIdToken(token -> {
            String[] parts = token.split("\\.");
            String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(payload).startsWith("{").contains(email).doesNotContain("groups");
            String forged = "{\"groups\":[\"tsb-secretariat\"]," + payload.substring(1);
            return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        });
        browser.signIn("alpha");
        assertRefused();
    }

    private void assertRefused() {
        assertThat(browser.page().url()).contains("/login/refused");
        assertThat(browser.page().locator("#refused-reason").innerText()).contains("could not be completed");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
