package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenary.support.Browsers;
import org.plenary.support.TestHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a newcomer runs it: a fresh data directory, no admin password configured
 * (a one-time password in the log, to be changed at first login), edits through the secretariat
 * pages, a restart on the same bundled PostgreSQL, and the edits still there.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartPersistenceTests {

    private static final Path DATA = Path.of("target/restart-test-data");
    private static final Pattern ONE_TIME = Pattern.compile("One-time password: (\\S+)");

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlenaryApplication.class).run(
                "--server.port=0", "--plenary.data-dir=" + DATA, "--plenary.database.clean=false",
                "--plenary.database.durable=true", "--plenary.admin.password=", "--spring.thymeleaf.cache=true");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void firstStartOneTimePasswordAndEditsSurviveARestart(CapturedOutput output) throws IOException {
        deleteRecursively(DATA);
        String newPassword = "a-password-of-my-own";
        try (ConfigurableApplicationContext first = start()) {
            Matcher m = ONE_TIME.matcher(output.getAll());
            assertThat(m.find()).as("the one-time password is printed once").isTrue();
            String oneTime = m.group(1);
            assertThat(m.find()).isFalse();
            String base = "http://localhost:" + port(first);
            assertThat(new TestHttp(port(first)).as("secretariat@plenary.local", oneTime).get("/actuator/prometheus")
                    .status()).as("a one-time password opens nothing until it is replaced").isEqualTo(401);
            try (BrowserContext browser = Browsers.chromium().newContext()) {
                Page page = browser.newPage();
                page.navigate(base + "/login");
                page.fill("#username", "secretariat@plenary.local");
                page.fill("#password", oneTime);
                page.click("button[type=submit]");
                page.waitForURL("**/login/renew");
                page.navigate(base + "/secretariat");
                assertThat(page.url()).as("not logged in until the password is replaced").endsWith("/login");
                page.navigate(base + "/login/renew");
                page.fill("#current", oneTime);
                page.fill("#password", newPassword);
                page.fill("#confirm", newPassword);
                page.click("#renew");
                page.waitForURL("**/login?renewed");
                page.fill("#username", "secretariat@plenary.local");
                page.fill("#password", newPassword);
                page.click("button[type=submit]");
                page.waitForURL(u -> !u.contains("/login"));

                page.navigate(base + "/secretariat/meetings/SG12-2026-06");
                page.fill("#titleEn", "Meeting of Study Group 12 (edited)");
                page.click("#save-details");
                assertThat(page.locator(".notice").innerText()).isEqualTo("Saved.");

                page.navigate(base + "/secretariat/meetings/SG12-2026-06/agenda");
                page.fill("#new-number", "18");
                page.fill("#new-en", "Closing remarks by the TSB Director");
                page.click("#add-item");
                page.locator("#item-18").waitFor();
            }
        }
        try (ConfigurableApplicationContext second = start()) {
            assertThat(ONE_TIME.matcher(output.getAll()).results().count())
                    .as("no new password once the account exists").isEqualTo(1);
            TestHttp http = new TestHttp(port(second));
            var meeting = http.get("/api/v1/meetings/SG12-2026-06").json();
            assertThat(meeting.get("title").get("en").asString()).isEqualTo("Meeting of Study Group 12 (edited)");
            assertThat(meeting.get("agenda").size()).isEqualTo(27);
            assertThat(http.as("secretariat@plenary.local", newPassword).get("/actuator/prometheus").status())
                    .isEqualTo(200);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
