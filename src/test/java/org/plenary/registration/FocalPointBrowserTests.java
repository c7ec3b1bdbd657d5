package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: a focal point decides from the mail's link. The mail carries an absolute link from the
 * configured base URL to the request; after logging in the focal point lands on it, sees the
 * meeting (title, dates, place) and what the delegate asked for, approves, and finds the decision
 * (who, what, when in the meeting's zone) in the history.
 */
@IntegrationTest
class FocalPointBrowserTests extends RegistrationTestBase {

    private static final Pattern LINK = Pattern.compile("https://plenary\\.test\\.example(/\\S*)");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFocalPointOpensTheMailsLinkLogsInApprovesAndSeesTheDecisionInTheHistory() {
        Organisation org = fx.organisation(MembershipCategory.MEMBER_STATE, "KE", false);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        Registration r = users.as(delegate, () -> registrationSubmission.submit(meeting, new RegistrationForm(org.id(), true,
                false, "female", null, "fr", true, false, false, true, new Registration.Passport("Amina Diallo",
                        "AB1234567", "KE", LocalDate.of(2030, 1, 1), LocalDate.of(1985, 5, 17)))));

        String mail = jdbc.sql("select body from notifications_outbox where recipient = :r order by id desc limit 1")
                .param("r", fp.email()).query(String.class).single();
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("an absolute link from the base URL in: " + mail).isTrue();
        String path = link.group(1);
        assertThat(path).isEqualTo("/focal-point/requests/" + r.id().value());
        assertThat(mail).contains("Registration test meeting").contains("14 September 2026")
                .contains("18 September 2026").contains("Geneva").contains(delegate.name());

        String base = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext(
                new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(base + path);
            page.waitForURL("**/login**");
            page.fill("#username", fp.email());
            page.fill("#password", TestUsers.PASSWORD);
            page.click("form button[type=submit]");
            page.waitForURL("**" + path + "**");
            page.locator("#decide").waitFor();
            String request = page.locator("#request").innerText();
            assertThat(request).contains("Registration test meeting").contains(meeting.code())
                    .contains("14 September 2026 to 18 September 2026").contains("Geneva")
                    .contains(delegate.name()).contains(org.name()).contains("In person")
                    .contains("Visa support").contains("Fellowship").contains("Interpretation into Français")
                    .contains("(Europe/Zurich)").doesNotContain("AB1234567");
            assertThat(page.locator("#back a").getAttribute("href")).isEqualTo("/focal-point");

            page.click("#approve");
            page.waitForURL("**/focal-point#decisions");
            Locator decided = page.locator("#decision-history tr[data-registration='" + r.id().value() + "']");
            decided.waitFor();
            assertThat(decided.getAttribute("data-status")).isEqualTo("APPROVED");
            assertThat(decided.innerText()).contains("approved").contains(fp.name()).contains(delegate.name())
                    .contains("Registration test meeting").contains("1 March 2026").contains("(Europe/Zurich)");
            assertThat(page.locator("#decided").innerText()).isEqualTo("Decision recorded.");

            page.navigate(base + path);
            page.locator("#not-waiting").waitFor();
            assertThat(page.locator("#decide").count()).as("nothing left to decide is offered").isZero();
            assertThat(page.locator("#not-waiting").innerText()).contains("approved");
            assertThat(page.locator("#decision-history").innerText()).contains(fp.name());
        }

        Account otherFp = fx.focalPointOf(fx.organisation(MembershipCategory.MEMBER_STATE, "KE", false));
        try (BrowserContext context = Browsers.chromium().newContext(
                new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.fill("#username", otherFp.email());
            page.fill("#password", TestUsers.PASSWORD);
            page.click("form button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
            assertThat(page.navigate(base + path).status()).as("another organisation's focal point").isEqualTo(403);
            assertThat(page.content()).doesNotContain(delegate.name());
        }
    }
}
