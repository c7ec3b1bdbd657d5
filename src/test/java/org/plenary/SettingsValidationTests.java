package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A setting that makes no sense stops the start with a message naming it, instead of misbehaving later. */
class SettingsValidationTests {

    @Configuration(proxyBeanMethods = false)
    @ConfigurationPropertiesScan("org.plenary")
    static class AllSettings {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(AllSettings.class);

    @ParameterizedTest
    @ValueSource(strings = {"plenary.database.pool-size=0", "plenary.login.memory=0s",
            "plenary.login.free-failures-per-client=-1", "plenary.mail-requests.per-address-per-hour=0",
            "plenary.notifications.base-backoff=0s", "plenary.notifications.from=nobody",
            "plenary.notifications.worker.interval=0s", "plenary.remote.live.max=0",
            "plenary.remote.join-early-minutes=-5", "plenary.scheduling.solve-seconds=0",
            "plenary.admin.email=not-an-address", "plenary.documents.archive.max-ratio=0", "plenary.base-url= "})
    void aSenselessValueStopsTheStartNamingTheSetting(String setting) {
        String name = setting.substring(setting.lastIndexOf('.', setting.indexOf('=')) + 1, setting.indexOf('='));
        String field = Pattern.compile("-([a-z])").matcher(name).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT));
        runner.withPropertyValues(setting).run(ctx -> assertThat(ctx).getFailure()
                .hasStackTraceContaining("BindValidationException").hasStackTraceContaining(field + "': rejected value"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plenary.database.pool-size=1", "plenary.remote.join-late-minutes=0",
            "plenary.notifications.from=mail@itu.int", "plenary.secretariat.time-zone=Asia/Shanghai"})
    void sensibleValuesAndTheDefaultsStart(String setting) {
        runner.withPropertyValues(setting).run(ctx -> assertThat(ctx).hasNotFailed());
    }
}
