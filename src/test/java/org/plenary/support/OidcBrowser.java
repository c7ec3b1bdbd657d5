package org.plenary.support;

import java.time.Instant;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A browser page of its own for each test that signs in through the {@link TestOidcProviders}, registered with
 * {@code @RegisterExtension}. The providers' ID tokens carry real time and Plenary checks them against its clock,
 * so the clock is set to now just before the test runs: after its {@code @BeforeEach} set-up, which still runs at
 * {@link TestClockConfig#START}.
 */
public final class OidcBrowser implements BeforeTestExecutionCallback, AfterTestExecutionCallback {

    private BrowserContext context;
    private Page page;
    private int port;

    @Override
    public void beforeTestExecution(ExtensionContext extension) {
        ApplicationContext spring = SpringExtension.getApplicationContext(extension);
        port = spring.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        spring.getBean(MutableClock.class).set(Instant.now());
        context = Browsers.chromium().newContext();
        page = context.newPage();
    }

    @Override
    public void afterTestExecution(ExtensionContext extension) {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public BrowserContext context() {
        return context;
    }

    public Page page() {
        return page;
    }

    /** Signs in through the provider's button on the login page, as {@link TestOidcProviders#signIn} does. */
    public void signIn(String provider) {
        TestOidcProviders.signIn(page, port, provider);
    }
}
