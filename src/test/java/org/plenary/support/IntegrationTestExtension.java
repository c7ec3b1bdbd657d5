package org.plenary.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Before each integration test: the shared clock back at {@link TestClockConfig#START}, whatever the last test did. */
class IntegrationTestExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(MutableClock.class).set(TestClockConfig.START);
    }
}
