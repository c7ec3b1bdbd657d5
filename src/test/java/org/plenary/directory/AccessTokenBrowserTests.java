package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, on a phone-sized screen: a person creates an access token on the account page, sees it once
 * (not after a reload), uses it, revokes it after the confirmation page, and it is refused at once.
 */
@IntegrationTest
class AccessTokenBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    @Test
    void aTokenIsShownOnceOnTheAccountPageAndRevokedThere() {
        Account a = users.create("Page Token Owner");
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(base + "/account");
            page.waitForURL("**/login**");
            page.fill("#username", a.email());
            page.fill("#password", TestUsers.PASSWORD);
            page.click("form button[type=submit]");
            page.waitForURL("**/account**");
            page.locator("#no-tokens").waitFor();

            page.fill("#token-name", "nightly upload");
            page.selectOption("#token-scope", new SelectOption().setValue("WRITE"));
            page.selectOption("#token-expiry", new SelectOption().setValue("30"));
            page.click("#create-token");
            Locator shown = page.locator("#new-token-value");
            shown.waitFor();
            String token = shown.textContent().strip();
            assertThat(token).startsWith("plenary_pat_");
            Locator line = page.locator("#tokens li", new Page.LocatorOptions().setHasText("nightly upload"));
            line.waitFor();
            assertThat(line.textContent()).contains("Read and write").contains("never used");
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no sideways scrolling at 390 px").isTrue();

            TestHttp api = new TestHttp(port).bearer(token);
            assertThat(api.get("/api/v1/me/tokens").status()).isEqualTo(200);

            page.navigate(base + "/account");
            page.locator("#tokens li").first().waitFor();
            assertThat(page.content()).doesNotContain(token);
            assertThat(page.locator("#new-token-value").count()).isZero();
            assertThat(page.locator("#tokens li").first().textContent()).contains("last used on");

            page.click("#tokens li a.revoke-token");
            page.waitForURL("**/account/tokens/*/revoke");
            page.locator("#revoke-consequences").waitFor();
            assertThat(page.locator("#revoke-consequences").textContent()).contains("nightly upload");
            page.click("#confirm-revoke");
            page.waitForURL(url -> url.endsWith("/account"));
            page.locator("#token-revoked").waitFor();
            page.locator("#no-tokens").waitFor();
            page.locator("#tokens").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

            assertThat(api.get("/api/v1/me/tokens").status()).isEqualTo(401);
        }
    }
}
