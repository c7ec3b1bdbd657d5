package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class RegistrationBrowserTests extends RegistrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private Page login(BrowserContext context, Account who) {
        return Browsers.loggedIn(context, "http://localhost:" + port, who.email());
    }

    private static BrowserContext context() {
        return Browsers.english();
    }

    @Test
    void delegateRegistersFocalPointApprovesBadgeCarriesTheQrCodeAndTheDeskChecksIn() throws Exception {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "KE", false);
        Account fp = fx.focalPointOf(org);
        Account delegate = fx.delegate();
        String base = "http://localhost:" + port;

        String badgeCode;
        try (BrowserContext context = context()) {
            Page page = login(context, delegate);
            page.navigate(base + "/meetings/" + meeting.code() + "/register");
            page.selectOption("#organisation-choice", org.id().toString());
            page.click("#choose-organisation button");
            page.waitForURL("**organisation=" + org.id() + "**");
            page.locator("#visa-fields").waitFor();
            assertThat(page.locator("#member-state-fields").count()).as("hidden for a Sector Member").isZero();
            assertThat(page.locator("#visa-fields").isVisible()).as("offered before the deadline").isTrue();
            Organisation state = fx.organisation(MembershipCategory.MEMBER_STATE, "KE", false);
            page.navigate(base + "/meetings/" + meeting.code() + "/register?organisation=" + state.id());
            assertThat(page.locator("#member-state-fields").isVisible()).as("shown for a Member State").isTrue();
            page.navigate(base + "/meetings/" + meeting.code() + "/register?organisation=" + org.id());
            page.check("input[name=newcomer]");
            page.selectOption("#gender", "female");
            page.click("#submit-registration");
            assertThat(page.locator("#registration-status").getAttribute("data-status")).isEqualTo("SUBMITTED");
        }

        try (BrowserContext context = context()) {
            Page page = login(context, fp);
            page.navigate(base + "/focal-point");
            var row = page.locator("#requests tr[data-email='" + delegate.email() + "']");
            assertThat(row.innerText()).contains(delegate.name()).contains(meeting.code())
                    .contains("Not yet confirmed as a member of this organisation: approving also confirms it.");
            row.locator("button.approve").click();
            page.locator("#requests tr[data-email='" + delegate.email() + "']")
                    .waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.DETACHED));
        }

        try (BrowserContext context = context()) {
            Page page = login(context, delegate);
            page.navigate(base + "/meetings/" + meeting.code() + "/register");
            assertThat(page.locator("#registration-status").getAttribute("data-status")).isEqualTo("APPROVED");
            String href = page.locator("#badge-link").getAttribute("href");
            APIResponse pdf = context.request().get(base + href);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(doc)).contains(delegate.name()).contains(org.name())
                        .contains("Kenya");
                badgeCode = decodeQr(new PDFRenderer(doc));
            }
            assertThat(badgeCode).matches("[A-Z2-9]{10}");
        }

        try (BrowserContext context = context()) {
            Page page = login(context, fx.secretariat);
            page.navigate(base + "/secretariat/meetings/" + meeting.code() + "/check-in");
            assertThat(page.locator("#badge").count()).as("no scan form months before the meeting").isZero();
            assertThat(page.locator("#desk-closed").innerText())
                    .isEqualTo("The check-in desk opens on 13 September 2026 00:00:00 (Europe/Zurich).");
            assertThat(page.locator("#back a").first().getAttribute("href")).isEqualTo("/meetings/" + meeting.code());
            assertThat(page.locator("#arrivals").innerText()).isEqualTo("Checked in: 0 of 1");
            clock.set(CheckInDesk.opens(meeting));
            try {
                page.navigate(base + "/secretariat/meetings/" + meeting.code() + "/check-in");
                page.fill("#badge", "nope-42");
                page.click("#check-in");
                assertThat(page.locator("#check-in-error").innerText())
                        .isEqualTo("No badge with the code NOPE-42 for this meeting.");
                page.fill("#badge", badgeCode);
                page.click("#check-in");
                page.locator("#check-in-result.notice").waitFor();
                assertThat(page.locator("#check-in-result").innerText()).startsWith("Welcome, " + delegate.name());
                assertThat(page.locator("#arrivals").innerText()).isEqualTo("Checked in: 1 of 1");
                assertThat(page.locator("#desk-list tr[data-checked-in=true]").innerText()).contains(delegate.name());
                page.fill("#badge", badgeCode);
                page.click("#check-in");
                // the page before showed a result too: wait for the second scan's answer
                page.locator("#check-in-result.alert").waitFor();
                assertThat(page.locator("#check-in-result").innerText()).contains("was already checked in at");
            } finally {
                clock.set(TestClockConfig.START);
            }

            page.navigate(base + "/secretariat/meetings/" + meeting.code() + "/registrations?request=NEWCOMER");
            assertThat(page.locator("#registrations").innerText()).contains(delegate.name());
            assertThat(page.locator("#counts").innerText()).contains("Africa").contains("Female");
            assertThat(page.locator("#arrivals").innerText()).isEqualTo("Checked in: 1 of 1");
            assertThat(page.locator("#total").innerText()).isEqualTo("1 registration shown");
            page.navigate(base + "/secretariat/meetings/" + meeting.code() + "/registrations?request=NEWCOMER&lang=ar");
            assertThat(page.locator("#total").innerText()).isEqualTo("يُعرض تسجيل واحد");
            assertThat(page.locator("main").innerText()).as("one set of digits on an Arabic page: Western")
                    .doesNotContainPattern("[\u0660-\u0669\u06F0-\u06F9]").contains("2026");
            page.navigate(base + "/secretariat/meetings/" + meeting.code() + "/registrations?request=NEWCOMER&lang=ru");
            assertThat(page.locator("#total").innerText()).isEqualTo("Показана 1 регистрация");
            page.navigate(base + "/secretariat/meetings/" + meeting.code() + "/registrations?request=NEWCOMER&lang=en");
            assertThat(page.locator("#registrations td.checked-in").innerText()).contains("13 September 2026 00:00:00");

            page.navigate(base + "/secretariat/outbox?lang=en");
            assertThat(page.locator("#mails").innerText()).as("outbox times in the secretariat's zone, labelled")
                    .contains("(Europe/Zurich)").doesNotContain("(Z)");

            for (String lang : new String[] {"en", "zh"}) {
                for (String path : new String[] {"/secretariat/meetings/" + meeting.code() + "/registrations",
                        "/secretariat/meetings/" + meeting.code() + "/requests/VISA",
                        "/secretariat/meetings/" + meeting.code() + "/check-in", "/secretariat/outbox",
                        "/secretariat/directory", "/meetings/" + meeting.code() + "/register"}) {
                    var response = page.navigate(base + path + "?lang=" + lang);
                    assertThat(response.status()).as(path).isEqualTo(200);
                    assertThat(page.content()).as(path + " in " + lang).doesNotContain("??");
                }
            }
        }
    }

    /**
     * Reads the badge's QR code as a scanner at the desk would: the page rendered at a few
     * resolutions, each binarised two ways, until one reads (a camera also takes several frames).
     */
    static String decodeQr(PDFRenderer renderer) throws IOException {
        ReaderException last = null;
        for (int dpi : new int[] {200, 300, 150}) {
            BufferedImage image = renderer.renderImageWithDPI(0, dpi);
            var source = new BufferedImageLuminanceSource(image);
            for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                    new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                try {
                    return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
        }
        throw new AssertionError("no QR code could be read from the badge", last);
    }
}
