package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class MeetingPageBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void meetingPageSwitchesToChineseAndShowsTheDeadlinesTable() {
        try (BrowserContext context = Browsers.chromium().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/meetings/SG12-2026-06");
            assertThat(page.locator("#deadlines-table tbody tr td:first-child time").allInnerTexts())
                    .containsExactly("9 April 2026", "28 April 2026", "9 May 2026", "27 May 2026");

            page.selectOption("#lang-switch", "zh");
            page.waitForURL("**lang=zh**");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("zh");
            assertThat(page.locator("#deadlines").innerText()).isEqualTo("关键截止日期");
            List<String> dates = page.locator("#deadlines-table tbody tr td:first-child time").allInnerTexts();
            assertThat(dates).containsExactly("2026年4月9日", "2026年4月28日", "2026年5月9日", "2026年5月27日");
            assertThat(page.locator("#deadlines-table").innerText()).contains("预注册（通过在线注册表进行）");

            page.selectOption("#lang-switch", "ar");
            page.waitForURL("**lang=ar**");
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        }
    }
}
