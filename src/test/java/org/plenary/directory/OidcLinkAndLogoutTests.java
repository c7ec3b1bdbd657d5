package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.support.IntegrationTest;
import org.plenary.support.OidcBrowser;
import org.plenary.support.TestOidcProviders;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17: a person with a password account links a provider only after logging in with the password (the
 * provider's verified address alone is refused), and logout ends the Plenary session and sends the browser to the
 * provider's end-session endpoint (RP-initiated logout), which sends it back to Plenary.
 */
@IntegrationTest
class OidcLinkAndLogoutTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final OidcBrowser browser = new OidcBrowser();

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aPasswordAccountIsNotTakenOverByAVerifiedAddressButItsLoggedInOwnerLinksAProvider() {
        Account local = users.create("Local Owner", Role.DELEGATE);
        TestOidcProviders.nextPerson("alpha", "impostor-" + UUID.randomUUID(),
                TestOidcProviders.verified(local.email(), "Impostor"));
        browser.signIn("alpha");
        assertThat(browser.page().url()).contains("/login/refused");
        assertThat(browser.page().locator("#refused-reason").innerText()).contains("already exists");
        assertThat(linkCount(local.id())).isZero();

        passwordLogin(local.email());
        browser.page().navigate(url("/account"));
        browser.page().locator("#link-alpha").waitFor();
        String subject = "owner-" + UUID.randomUUID();
        // the provider knows the owner under another address: linking does not depend on the address
        TestOidcProviders.nextPerson("alpha", subject,
                TestOidcProviders.verified("other-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example",
                        "Owner at Alpha"));
        clickAndWaitFor("#link-alpha", u -> u.equals(url("/")));
        browser.page().navigate(url("/account"));
        browser.page().locator("#linked-providers li").first().waitFor();
        assertThat(browser.page().locator("#linked-providers").innerText()).contains("Alpha ID");
        assertThat(browser.page().locator("#link-alpha").count()).isZero();
        assertThat(linkCount(local.id())).isEqualTo(1);

        browser.context().clearCookies();
        TestOidcProviders.nextPerson("alpha", subject, Map.of("name", "Owner at Alpha"));
        browser.signIn("alpha");
        assertThat(browser.page().url()).doesNotContain("/login");
        browser.page().navigate(url("/account"));
        browser.page().locator("#name").waitFor();
        assertThat(browser.page().locator("#name").inputValue()).isEqualTo("Local Owner");
        assertThat(jdbc.sql("select count(*) from directory_account where lower(email) = lower(:e)")
                .param("e", local.email()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void logoutEndsThePlenarySessionAndTheProviders() {
        String email = "logout-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
        TestOidcProviders.nextPerson("alpha", "lo-" + email, TestOidcProviders.verified(email, "Leaving"));
        browser.signIn("alpha");
        String cookie = sessionCookie();
        String session = new String(Base64.getDecoder().decode(cookie), StandardCharsets.US_ASCII);
        assertThat(sessionRows(session)).isEqualTo(1);

        List<String> visited = new CopyOnWriteArrayList<>();
        browser.page().onRequest(r -> visited.add(r.url()));
        browser.page().navigate(url("/account"));
        clickAndWaitFor("header form[action$='/logout'] button", u -> u.contains("loggedOut"));

        String endSession = TestOidcProviders.SERVER.endSessionEndpointUrl("alpha").toString();
        assertThat(visited).anySatisfy(u -> assertThat(URLDecoder.decode(u, StandardCharsets.UTF_8))
                .startsWith(endSession).contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + url("/?loggedOut")));
        assertThat(browser.page().url()).isEqualTo(url("/?loggedOut"));
        assertThat(sessionRows(session)).isZero();

        // the old cookie, sent again, opens nothing
        browser.context().clearCookies();
        browser.context().addCookies(List.of(new com.microsoft.playwright.options.Cookie("JSESSIONID", cookie)
                .setDomain("localhost").setPath("/")));
        browser.page().navigate(url("/account"));
        browser.page().waitForURL(u -> u.endsWith("/login"));
    }

    /** Clicks and waits for the address; on a timeout says where the browser is and what it went through. */
    private void clickAndWaitFor(String selector, java.util.function.Predicate<String> address) {
        List<String> seen = new CopyOnWriteArrayList<>();
        java.util.function.Consumer<com.microsoft.playwright.Response> record = r -> seen.add(r.status() + " " + r.url());
        browser.page().onResponse(record);
        try {
            browser.page().click(selector);
            browser.page().waitForURL(address);
        } catch (com.microsoft.playwright.PlaywrightException e) {
            throw new AssertionError("after " + selector + " the browser is at " + browser.page().url() + " after " + seen, e);
        } finally {
            browser.page().offResponse(record);
        }
    }

    private void passwordLogin(String email) {
        browser.page().navigate(url("/login"));
        browser.page().fill("#username", email);
        browser.page().fill("#password", TestUsers.PASSWORD);
        browser.page().click("#password-login button[type=submit]");
        browser.page().waitForURL(u -> !u.contains("/login"));
    }

    private int linkCount(AccountId id) {
        return jdbc.sql("select count(*) from directory_identity_link where account_id = :a")
                .param("a", id.value()).query(Integer.class).single();
    }

    private int sessionRows(String session) {
        return jdbc.sql("select count(*) from directory_session where session_id = :s").param("s", session)
                .query(Integer.class).single();
    }

    private String sessionCookie() {
        return browser.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElseThrow();
    }
}
