package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
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
                new Browser.NewContextOptions().setLocale("en-GB"))) {
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
            page.waitForURL(Pattern.compile(".*/documents/[0-9a-f-]{36}$"));
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
            page.waitForURL(Pattern.compile(".*/documents/[0-9a-f-]{36}$"));
            assertThat(page.locator("#late").innerText()).isEqualTo("late: held for the next meeting");
        }
    }
}
