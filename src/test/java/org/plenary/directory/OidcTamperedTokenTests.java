package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestOidcProviders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17: an ID token that is no longer valid is refused and creates nothing: one the provider issued already
 * expired, and a fresh one when Plenary's clock is past its expiry (the check uses Plenary's clock). The control
 * test shows that the same person and provider sign in with a valid token, so each refusal is the time check.
 */
@IntegrationTest
class OidcTamperedTokenTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    MutableClock clock;

    BrowserContext context;
    Page page;
    String email;

    @BeforeEach
    void open() {
        clock.set(Instant.now());
        context = Browsers.chromium().newContext();
        page = context.newPage();
        email = "expiry-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private void nextToken(long expirySeconds) {
        TestOidcProviders.SERVER.enqueueCallback(new DefaultOAuth2TokenCallback("alpha", "exp-" + email, "JWT",
                List.of(TestOidcProviders.clientId("alpha")), TestOidcProviders.verified(email, "Expiry Test"),
                expirySeconds));
    }

    @Test
    void aValidTokenSignsIn() {
        nextToken(3600);
        TestOidcProviders.signIn(page, port, "alpha");
        assertThat(page.url()).doesNotContain("/login");
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void aTokenIssuedExpiredIsRefused() {
        nextToken(-600);
        TestOidcProviders.signIn(page, port, "alpha");
        assertRefused();
    }

    @Test
    void aTokenPastItsExpiryOnPlenarysClockIsRefused() {
        clock.set(Instant.now().plus(Duration.ofHours(2)));
        nextToken(3600);
        TestOidcProviders.signIn(page, port, "alpha");
        assertRefused();
    }

    private void assertRefused() {
        assertThat(page.url()).contains("/login/refused");
        assertThat(page.locator("#refused-reason").innerText()).contains("could not be completed");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }
}
