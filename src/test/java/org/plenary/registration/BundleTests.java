package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the registration and notifications bundles exists in Chinese too. */
class BundleTests {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = BundleTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"registration", "notifications"})
    void chineseIsComplete(String bundle) throws IOException {
        Properties en = load(bundle);
        Properties zh = load(bundle + "_zh");
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        zh.stringPropertyNames().forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
    }
}
