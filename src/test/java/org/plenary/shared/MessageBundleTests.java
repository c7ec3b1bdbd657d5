package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** English and Chinese are complete: every module's bundle has a Chinese twin with the same keys, none empty. */
class MessageBundleTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).sorted().toList();
        }
    }

    @Test
    void everyEnglishKeyHasAChineseText() throws IOException {
        assertThat(baseBundles()).isNotEmpty();
        for (Path base : baseBundles()) {
            Path zh = I18N.resolve(base.getFileName().toString().replace(".properties", "_zh.properties"));
            assertThat(zh).as("Chinese bundle for " + base.getFileName()).exists();
            Properties en = load(base);
            Properties chinese = load(zh);
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(chinese.stringPropertyNames());
            assertThat(missing).as("keys of " + base.getFileName() + " without Chinese").isEmpty();
            chinese.stringPropertyNames().forEach(k -> assertThat(chinese.getProperty(k)).as(zh + ": " + k).isNotBlank());
        }
    }

    @Test
    void translationsHaveNoKeysTheEnglishBundleLacks() throws IOException {
        for (Path base : baseBundles()) {
            Set<String> english = load(base).stringPropertyNames();
            String stem = base.getFileName().toString().replace(".properties", "");
            try (Stream<Path> files = Files.list(I18N)) {
                for (Path t : files.filter(p -> p.getFileName().toString().startsWith(stem + "_")).toList()) {
                    Set<String> extra = new TreeSet<>(load(t).stringPropertyNames());
                    extra.removeAll(english);
                    assertThat(extra).as("keys in " + t.getFileName() + " that " + base.getFileName() + " lacks").isEmpty();
                }
            }
        }
    }
}
