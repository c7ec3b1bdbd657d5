package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
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
                new Browser.NewContextOptions().setLocale("en-GB"))) {
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

    @Test
    void agendaAndTimePlanPagesReproduceAnnexB() {
        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/meetings/SG12-2026-06/agenda?lang=zh");
            List<String> numbers = page.locator("#agenda li").evaluateAll("els => els.map(e => e.dataset.number)")
                    instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
            assertThat(numbers).hasSize(26).startsWith("1", "2", "3", "4", "5", "5.1", "5.2", "5.3", "6")
                    .endsWith("14", "14.1", "14.2", "14.3", "14.4", "14.5", "14.6", "15", "16", "17");
            assertThat(page.locator("#agenda li[data-number='17']").innerText()).contains("致谢和会议闭幕");
            assertThat(page.locator("#agenda li.sub").count()).isEqualTo(9);

            // the demo meeting has a published plan: it, not the letter's Annex B cells, is the time plan people read
            page.navigate("http://localhost:" + port + "/meetings/SG12-2026-06/time-plan?lang=zh");
            assertThat(page.locator("#published-plan").innerText()).contains("附件 B");
            List<String> rows = page.locator("#time-plan tbody tr").allInnerTexts();
            assertThat(rows).hasSize(9);
            assertThat(rows.get(0)).contains("ITU Workshop on QoS and QoE of satellite Internet services");
            assertThat(rows.get(1)).contains("09:30–10:30").contains("第12研究组开幕全体会议");
            assertThat(rows.get(5)).isEqualTo("周末");
            assertThat(rows.get(8)).contains("第12研究组闭幕全体会议");
        }
    }
}
