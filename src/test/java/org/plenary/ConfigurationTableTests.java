package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * README's configuration table lists every setting of every {@code @ConfigurationProperties} record, each with
 * the environment variable that sets it, so an operator never has to read the code to configure Plenary.
 */
class ConfigurationTableTests {

    @Test
    void everyTypedSettingHasARowWithItsEnvironmentVariable() throws IOException {
        List<String> settings = settings();
        assertThat(settings).as("settings found").hasSizeGreaterThan(30).contains("plenary.base-url",
                "plenary.login.free-failures-per-client", "plenary.documents.s3.path-style");
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `")).toList();
        List<String> missing = settings.stream().filter(s -> rows.stream().noneMatch(r -> documents(r, s))).toList();
        assertThat(missing).as("settings without a row `name` | `ENV_VAR` in README's configuration table").isEmpty();
    }

    /** A row whose first cell names the setting and whose second names its environment variable. */
    static boolean documents(String row, String setting) {
        String[] cells = row.split("\\|");
        return cells.length > 3 && cells[1].contains("`" + setting + "`") && cells[2].contains("`" + envVar(setting) + "`");
    }

    static String envVar(String setting) {
        return setting.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    static List<String> settings() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<String> names = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.plenary")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.value().isEmpty() ? annotation.prefix() : annotation.value();
            assertThat(type.isRecord()).as("%s is a record", type).isTrue();
            collect(prefix, type, names);
        }
        return names;
    }

    private static void collect(String prefix, Class<?> record, List<String> names) {
        for (RecordComponent c : record.getRecordComponents()) {
            String name = prefix + "." + kebab(c.getName());
            if (c.getType().isRecord() && c.getType().getPackageName().startsWith("org.plenary")) {
                collect(name, c.getType(), names);
            } else {
                names.add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
