package org.plenary.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

/**
 * One headless Chromium per test JVM (Debian's {@code chromium}, or {@code PLENARY_CHROMIUM}),
 * driven by Playwright without its own browser download. Where the browser is missing the
 * test is skipped with a message naming the package, except under {@code CI}, where it fails.
 */
public final class Browsers {

    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    public static synchronized Browser chromium() {
        if (browser != null) {
            return browser;
        }
        Path exe = Path.of(System.getenv().getOrDefault("PLENARY_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(exe)) {
            String message = "Browser tests need Chromium at " + exe
                    + ": install Debian's package 'chromium' (apt-get install chromium) or set PLENARY_CHROMIUM";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(exe).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--no-first-run",
                        "--disable-sync", "--disable-quic")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            browser.close();
            playwright.close();
        }));
        return browser;
    }

    /** A new context in British English, the locale the pages' dates are checked in. */
    public static BrowserContext english() {
        return chromium().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
    }

    /** A new page of the context, logged in through the password form at {@code base}, once it has left the login page. */
    public static Page loggedIn(BrowserContext context, String base, String email) {
        return loggedIn(context, base, email, TestUsers.PASSWORD);
    }

    public static Page loggedIn(BrowserContext context, String base, String email, String password) {
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.fill("#username", email);
        page.fill("#password", password);
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }
}
