package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Direct Document Submission page as a delegate uses it, before and after the deadline. */
@IntegrationTest
class DocumentPagesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    MutableClock clock;
    @TempDir
    Path dir;

    @Test
    void aDelegateSubmitsThroughThePageFindsItInTheListAndAfterTheDeadlineIsToldItWouldBeLate() throws Exception {
        Meeting meeting = fixtures.meeting(LocalDate.of(2026, 9, 21));
        Account delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.MEMBER_STATE, null));
        Path file = Files.write(dir.resolve("proposal.docx"), TestFiles.docx());
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.fill("#username", delegate.email());
            page.fill("#password", TestUsers.PASSWORD);
            page.click("form button[type=submit]");
            page.waitForURL("**/");

            page.navigate(base + "/meetings/" + meeting.code() + "/documents/submit");
            assertThat(page.locator("#deadline-passed").count()).isZero();
            page.fill("#title", "Proposal on jitter measurement");
            page.check("input[name=questions][value='12']");
            page.selectOption("#proposedAgendaItem", "8");
            page.fill("#abstract", "A proposal");
            page.setInputFiles("#file", file);
            page.click("form[enctype] button[type=submit]");
            page.waitForURL(java.util.regex.Pattern.compile(".*/documents/[0-9a-f-]{36}$"));
            String reference = page.locator("#reference").innerText();
            assertThat(reference).matches("SG12-C\\d+");
            assertThat(page.locator("#received").innerText()).isEqualTo("Received and numbered " + reference + ".");

            page.navigate(base + "/meetings/" + meeting.code() + "/documents/submit");
            page.fill("#title", "Too big");
            page.setInputFiles("#file", Files.write(dir.resolve("big.pdf"), TestFiles.pdfOfSize(3 * 1024 * 1024 + 1)));
            page.click("form[enctype] button[type=submit]");
            page.waitForLoadState();
            assertThat(page.locator("p.error").innerText()).isEqualTo("The file is larger than the limit of 3 MB.");

            page.navigate(base + "/meetings/" + meeting.code() + "/documents?q=jitter");
            assertThat(page.locator("#documents tbody tr").count()).isEqualTo(1);
            assertThat(page.locator("#documents tbody tr td:nth-child(2) a").innerText()).isEqualTo(reference);

            clock.set(Instant.parse("2026-09-08T22:00:00Z")); // 9 September 00:00 in Geneva
            page.navigate(base + "/meetings/" + meeting.code() + "/documents/submit");
            assertThat(page.locator("#deadline-passed").innerText()).startsWith(
                    "The deadline for contributions passed on 8 September 2026 23:59:59 (Europe/Zurich).");
            page.fill("#title", "Too late");
            page.setInputFiles("#file", Files.write(dir.resolve("late.pdf"), TestFiles.pdf()));
            page.check("input[name=late]");
            page.click("form[enctype] button[type=submit]");
            page.waitForLoadState();
            assertThat(page.locator(".error").count()).as(page.content()).isZero();
            page.waitForURL(java.util.regex.Pattern.compile(".*/documents/[0-9a-f-]{36}$"));
            assertThat(page.locator("#late").innerText()).isEqualTo("late: held for the next meeting");
        }
    }

    @Autowired
    DocumentAllocation allocation;
    @Autowired
    org.plenary.support.TestUsers users;

    /**
     * Issue 13: on a 390 px phone the documents list and a document's page have no horizontal
     * scrolling, for an anonymous visitor (public documents) and for a member (all, with the
     * selection boxes); the filters are kept in the URL.
     */
    @Test
    void theDocumentsListAndPageFitAPhoneAndKeepTheFiltersInTheUrl() throws Exception {
        Meeting meeting = fixtures.meeting(LocalDate.of(2026, 12, 7));
        Account delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.MEMBER_STATE, null));
        Document open = null;
        for (int i = 0; i < 3; i++) {
            int n = i;
            Document d = fixtures.contribution(meeting, delegate, new Submissions.ContributionForm(
                    "Proposed revision of Recommendation ITU-T P.1203 on "
                            + "parametric bitstream-based quality assessment of progressive download " + n,
                    List.of(), "Rapporteur for Question 14/12, Rapporteur for Question 17/12", List.of(),
                    List.of(12, 13, 14), List.of(), "8", "abstract", n == 0, false));
            if (i == 0) {
                open = d;
            }
        }
        Document publicOne = open;
        users.as(fixtures.secretariat(), () -> allocation.setPublic(publicOne.id(), true));
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setLocale("en-GB").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(base + "/meetings/" + meeting.code() + "/documents");
            page.locator("#public-only").waitFor();
            assertThat(page.locator("#documents tbody tr").count()).isEqualTo(1);
            assertFits(page, "the anonymous list");
            page.selectOption("#translation", "true");
            page.click("#filters button[type=submit]");
            page.waitForURL("**translation=true**");
            page.locator("#documents tbody tr").first().waitFor();
            assertThat(page.locator("#translation").inputValue()).isEqualTo("true");
            assertThat(page.locator("#documents .translation").first().innerText()).isEqualTo("needs translation");
            assertFits(page, "the filtered list");
            page.click("#documents tbody tr a[href^='/documents/']:not(.download)");
            page.waitForURL("**/documents/" + publicOne.id());
            assertFits(page, "a document's page");

            page.navigate(base + "/login");
            page.fill("#username", delegate.email());
            page.fill("#password", TestUsers.PASSWORD);
            page.click("form button[type=submit]");
            page.waitForURL("**/");
            page.navigate(base + "/meetings/" + meeting.code() + "/documents");
            page.locator("#documents input[name=id]").first().waitFor();
            assertThat(page.locator("#documents tbody tr").count()).isEqualTo(3);
            assertFits(page, "the member's list");
        }
    }

    private static void assertFits(Page page, String what) {
        Object width = page.evaluate("document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(what + " at 390 px").isLessThanOrEqualTo(390);
    }
}
