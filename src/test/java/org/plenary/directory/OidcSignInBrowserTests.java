package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Issue 17: sign-in through OpenID Connect providers (a real provider in the test JVM, a real browser).
 * Accounts are created or linked only by a verified e-mail claim; an account with a password is linked only
 * by its logged-in owner; the group claim makes secretariat; logout also ends the provider's session.
 */
@IntegrationTest
class OidcSignInBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @RegisterExtension
    final OidcBrowser browser = new OidcBrowser();

    static String unique(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@oidc.example";
    }

    @Test
    void firstSignInCreatesAnAccountAndChangesTheSessionId() {
        String email = unique("first");
        browser.page().navigate("http://localhost:" + port + "/login");
        assertThat(browser.page().locator("#password-login").count()).as("passwords stay beside providers").isEqualTo(1);
        String before = sessionId();
        assertThat(before).as("the login form's CSRF token opened a session").isNotNull();

        TestOidcProviders.nextPerson("alpha", "alpha-" + email, TestOidcProviders.verified(email, "Amina Diallo"));
        browser.signIn("alpha");

        Account a = accounts.findByEmail(email).orElseThrow();
        assertThat(a.name()).isEqualTo("Amina Diallo");
        assertThat(a.roles()).containsExactly(Role.DELEGATE);
        assertThat(sessionId()).as("session id rotates at sign-in").isNotNull().isNotEqualTo(before);
        browser.page().navigate("http://localhost:" + port + "/account");
        browser.page().locator("#linked-providers").waitFor();
        assertThat(browser.page().locator("#linked-providers").innerText()).contains("Alpha ID").contains(email);
        assertThat(browser.page().locator("#link-beta").count()).as("beta can still be linked").isEqualTo(1);
        assertThat(browser.page().locator("#link-alpha").count()).isZero();
    }

    @Test
    void aSecondProviderWithTheSameVerifiedAddressSignsInToTheSameAccount() {
        String email = unique("both");
        TestOidcProviders.nextPerson("alpha", "a-" + email, TestOidcProviders.verified(email, "Bo Li"));
        browser.signIn("alpha");
        AccountId id = accounts.findByEmail(email).orElseThrow().id();
        browser.context().clearCookies();

        TestOidcProviders.nextPerson("beta", "b-" + email, TestOidcProviders.verified(email, "Bo Li (beta)"));
        browser.signIn("beta");
        browser.page().navigate("http://localhost:" + port + "/account");
        browser.page().locator("#linked-providers").waitFor();
        assertThat(browser.page().locator("#linked-providers li").allInnerTexts()).hasSize(2);
        assertThat(browser.page().locator("#linked-providers").innerText()).contains("Alpha ID").contains("Beta Login");
        assertThat(jdbc.sql("select count(*) from directory_identity_link where account_id = :a")
                .param("a", id.value()).query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from directory_account where lower(email) = lower(:e)")
                .param("e", email).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anUnverifiedAddressIsRefusedWithAClearPageAndCreatesNothing() {
        String email = unique("unverified");
        Map<String, Object> claims = TestOidcProviders.verified(email, "Mallory");
        claims.put("email_verified", false);
        TestOidcProviders.nextPerson("alpha", "u-" + email, claims);
        browser.signIn("alpha");

        assertThat(browser.page().url()).contains("/login/refused");
        assertThat(browser.page().locator("#refused-reason").innerText()).contains("not marked as verified");
        assertThat(accounts.findByEmail(email)).isEmpty();
        browser.page().navigate("http://localhost:" + port + "/account");
        browser.page().waitForURL(u -> u.endsWith("/login"));
    }

    @Test
    void anAddressWithoutTheVerifiedFlagIsRefusedToo() {
        String email = unique("noflag");
        Map<String, Object> claims = TestOidcProviders.verified(email, "No Flag");
        claims.remove("email_verified");
        TestOidcProviders.nextPerson("beta", "n-" + email, claims);
        browser.signIn("beta");
        assertThat(browser.page().locator("#refused-reason").innerText()).contains("not marked as verified");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void theGroupClaimMakesASecretariatMemberAndItsAbsenceTakesItBack() {
        String email = unique("tsb");
        Map<String, Object> claims = TestOidcProviders.verified(email, "TSB Officer");
        claims.put("groups", List.of("staff", "tsb-secretariat"));
        TestOidcProviders.nextPerson("alpha", "tsb-" + email, claims);
        browser.signIn("alpha");
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).contains(Role.SECRETARIAT);
        assertThat(browser.page().navigate("http://localhost:" + port + "/secretariat/directory").status()).isEqualTo(200);

        browser.context().clearCookies();
        Map<String, Object> later = TestOidcProviders.verified(email, "TSB Officer");
        later.put("groups", List.of("staff"));
        TestOidcProviders.nextPerson("alpha", "tsb-" + email, later);
        browser.signIn("alpha");
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).doesNotContain(Role.SECRETARIAT);
        assertThat(browser.page().navigate("http://localhost:" + port + "/secretariat/directory").status()).isEqualTo(403);
    }

    @Test
    void theGroupClaimOfAProviderWithoutThatMappingGrantsNothing() {
        String email = unique("betagroup");
        Map<String, Object> claims = TestOidcProviders.verified(email, "Beta Person");
        claims.put("groups", List.of("tsb-secretariat"));
        TestOidcProviders.nextPerson("beta", "bg-" + email, claims);
        browser.signIn("beta");
        assertThat(accounts.findByEmail(email).orElseThrow().roles()).containsExactly(Role.DELEGATE);
    }

    @Test
    void linkingAnUnknownProviderIsNotFound() {
        Account local = users.create("Linker", Role.DELEGATE);
        browser.page().navigate("http://localhost:" + port + "/login");
        browser.page().fill("#username", local.email());
        browser.page().fill("#password", TestUsers.PASSWORD);
        browser.page().click("#password-login button[type=submit]");
        browser.page().waitForURL(u -> !u.contains("/login"));
        browser.page().navigate("http://localhost:" + port + "/account");
        String csrf = browser.page().locator("meta[name=_csrf]").getAttribute("content");
        var answer = browser.context().request().post("http://localhost:" + port + "/account/providers/gamma/link",
                com.microsoft.playwright.options.RequestOptions.create().setForm(
                        com.microsoft.playwright.options.FormData.create().set("_csrf", csrf))
                        .setMaxRedirects(0));
        assertThat(answer.status()).isEqualTo(404);
    }

    private int linkCount(AccountId id) {
        return jdbc.sql("select count(*) from directory_identity_link where account_id = :a")
                .param("a", id.value()).query(Integer.class).single();
    }

    private String sessionId() {
        return browser.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse(null);
    }

    static Duration hours(int h) {
        return Duration.ofHours(h);
    }
}
