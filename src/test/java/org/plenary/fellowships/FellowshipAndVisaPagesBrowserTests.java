package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The fellowship and visa pages driven in a browser: delegate applies, secretariat decides and issues. */
@IntegrationTest
class FellowshipAndVisaPagesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    FellowshipFixtures fixtures;
    @Autowired
    Directory directory;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    Fellowships fellowships;
    @Autowired
    FellowshipBudget budget;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page login(BrowserContext context, Account a) {
        return Browsers.loggedIn(context, url(""), a.email());
    }

    /** A five-day SG12 meeting in Geneva from 14 September 2026 (deadlines open at the test clock's start). */
    private Meeting meeting(Account sec, String code, String title) {
        return fixtures.meeting(sec, code, title, LocalDate.of(2026, 9, 14));
    }

    /** A Member State administration with automatic approval: confirmed delegates' registrations are approved at once. */
    private Organisation administration(Account sec, String country) {
        return fixtures.administration(sec, country, true);
    }

    private static BrowserContext context() {
        return Browsers.english();
    }

    @Test
    void delegateAppliesSecretariatSeesTheExplainedProposalAndAwards() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Account sec = users.create("Page Secretariat", Role.SECRETARIAT);
        Meeting m = meeting(sec, "FP-" + u, "Fellowship page meeting");
        Organisation org = administration(sec, "NE");
        Account d = users.create("Page Delegate " + u, Role.DELEGATE);
        fixtures.register(sec, sec, org, m, d, "female");

        try (BrowserContext c = context()) {
            Page page = login(c, d);
            page.navigate(url("/meetings/" + m.code() + "/fellowship"));
            page.check("input[name=kind][value=AIR_TICKET]");
            page.locator("form[action$='/fellowship'] button[type=submit]").click();
            page.waitForLoadState();
            assertThat(page.locator("#my-application").innerText()).contains("Applied");
        }
        try (BrowserContext c = context()) {
            Page page = login(c, sec);
            page.navigate(url("/secretariat/meetings/" + m.code() + "/fellowships"));
            page.fill("#amount", "2000");
            page.locator("form[action$='/budget'] button").click();
            page.waitForLoadState();
            page.fill("input[name=cost]", "1350");
            page.locator("form[action$='/cost'] button").click();
            page.waitForLoadState();
            String table = page.locator("#fellowship-applications").innerText();
            assertThat(table).contains("Page Delegate", "Proposed (#1)", "First fellowship for NE: +3",
                    "First fellowship for the region Africa: +2", "left after it");
            page.locator("form[action$='/award'] button").click();
            page.waitForLoadState();
            // after the award the applicant is still shown by name and organisation, not as an id
            assertThat(page.locator("#fellowship-applications").innerText()).contains("Awarded", "Decision letter",
                    d.name() + " (" + org.name() + ")").doesNotContain(d.id().value().toString());
        }
        try (BrowserContext c = context()) {
            Page page = login(c, d);
            page.navigate(url("/meetings/" + m.code() + "/fellowship"));
            String href = page.locator("#my-application a").getAttribute("href");
            var pdf = page.request().get(url(href));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        }
    }

    @Test
    void anAwardAfterTheRegistrationIsWithdrawnIsRefusedAndNoLongerOffered() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Account sec = users.create("Withdrawal Secretariat", Role.SECRETARIAT);
        Meeting m = meeting(sec, "FW-" + u, "Fellowship withdrawal meeting");
        Organisation org = administration(sec, "ML");
        Account d = users.create("Withdrawing Delegate " + u, Role.DELEGATE);
        fixtures.register(sec, sec, org, m, d, "male");
        users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("5000")));
        Application a = fixtures.applied(sec, m, d, "900");
        try (BrowserContext secretariat = context(); BrowserContext delegate = context()) {
            Page sp = login(secretariat, sec);
            sp.navigate(url("/secretariat/meetings/" + m.code() + "/fellowships"));
            var award = sp.locator("form[action$='/award'] button");
            assertThat(award.count()).as("offered while the registration holds").isEqualTo(1);

            Page dp = login(delegate, d);
            dp.navigate(url("/meetings/" + m.code() + "/register"));
            dp.locator("#withdraw-link").click();
            dp.locator("#confirm-withdraw").click();
            dp.locator("#registration-status[data-status=WITHDRAWN]").waitFor();

            // the secretariat's page was loaded before the withdrawal: its award button is stale
            award.click();
            sp.locator("p.error[role=alert]").waitFor();
            assertThat(sp.locator("p.error[role=alert]").innerText()).isEqualTo("The applicant’s registration is no "
                    + "longer approved (withdrawn or cancelled): the fellowship cannot be awarded.");
            String row = sp.locator("#fellowship-applications tbody tr").innerText();
            assertThat(row).contains(d.name(), "Withdrawn (registration withdrawn or cancelled)")
                    .doesNotContain("Awarded");
            assertThat(sp.locator("form[action$='/award']").count()).as("no longer offered").isZero();
        }
    }

    @Test
    void delegateNamesTheEmbassySecretariatIssuesAndOnlyTheDelegateDownloads() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        Account sec = users.create("Visa Page Secretariat", Role.SECRETARIAT);
        Meeting m = meeting(sec, "VP-" + u, "Visa page meeting");
        Organisation org = administration(sec, "MZ");
        Account d = users.create("Visa Delegate " + u, Role.DELEGATE);
        users.as(sec, () -> directory.confirmAffiliation(org.id(), d.id(), sec.id()));
        Registration r = users.as(d, () -> registrationSubmission.submit(m.id(), new RegistrationForm(org.id(), true, false,
                null, null, null, false, false, false, true, new Registration.Passport("MACHAVA Ana", "MZ998877",
                        "MZ", LocalDate.of(2030, 12, 31), LocalDate.of(1990, 1, 15)))));

        try (BrowserContext c = context()) {
            Page page = login(c, d);
            page.navigate(url("/meetings/" + m.code() + "/visa"));
            page.fill("#embassy", "Embassy of Switzerland in Maputo");
            page.locator("form[action$='/visa'] button").click();
            page.waitForLoadState();
            assertThat(page.inputValue("#embassy")).isEqualTo("Embassy of Switzerland in Maputo");
        }
        try (BrowserContext c = context()) {
            Page page = login(c, sec);
            page.navigate(url("/secretariat/meetings/" + m.code() + "/visa"));
            String queue = page.locator("#visa-queue").innerText();
            assertThat(queue).contains("MACHAVA Ana", "MZ998877", "16 March 2026", "On time",
                    "Embassy of Switzerland in Maputo");
            page.locator("#visa-queue form button").click();
            page.waitForLoadState();
            assertThat(page.locator("#visa-queue").innerText()).contains("Visa Page Secretariat");
        }
        String letter = url("/visa-letters/" + r.id().value() + ".pdf");
        try (BrowserContext c = context()) {
            Page page = login(c, d);
            page.navigate(url("/meetings/" + m.code() + "/visa"));
            assertThat(page.locator("#visa-state").innerText()).isEqualTo("The letter is issued.");
            assertThat(page.locator("#visa-download").getAttribute("href")).endsWith("/visa-letters/" + r.id().value()
                    + ".pdf");
            var pdf = page.request().get(letter);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        }
        try (BrowserContext c = context()) {
            Page page = login(c, users.create("Someone Else " + u, Role.DELEGATE));
            assertThat(page.request().get(letter).status()).isEqualTo(403);
        }
    }
}
