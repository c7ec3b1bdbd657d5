package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.assertj.core.api.Assertions;
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

    /** Keys whose translations may pick other arguments than English (a date range written by day in Chinese). */
    private static final Map<String, Set<Integer>> LANGUAGE_SPECIFIC_ARGUMENTS =
            Map.of("letter.dateRange.sameMonth", Set.of(0, 1, 2, 3));

    /**
     * A translation keeps the English placeholders, and survives ICU's MessageFormat (what the
     * application formats with): with arguments a lone apostrophe before a brace would swallow a
     * placeholder (it must be doubled); without arguments Spring prints the text as it is, so a
     * doubled apostrophe would show twice. A plural names exactly the plural categories of its
     * language (Arabic: zero, one, two, few, many, other; Russian: one, few, many, other), plus
     * explicit values such as {@code =0}.
     */
    @Test
    void translationsKeepThePlaceholdersAndTheirApostrophesWork() throws IOException {
        for (Path base : baseBundles()) {
            Properties english = load(base);
            for (String key : english.stringPropertyNames()) {
                checkTranslation(base.getFileName() + ": " + key, key, english.getProperty(key),
                        english.getProperty(key), "en");
            }
            String stem = base.getFileName().toString().replace(".properties", "");
            try (Stream<Path> files = Files.list(I18N)) {
                for (Path t : files.filter(p -> p.getFileName().toString().startsWith(stem + "_")).toList()) {
                    Properties translated = load(t);
                    String lang = t.getFileName().toString().replaceAll(".*_([a-z]+)\\.properties", "$1");
                    for (String key : translated.stringPropertyNames()) {
                        if (english.getProperty(key) != null) {
                            checkTranslation(t.getFileName() + ": " + key, key, english.getProperty(key),
                                    translated.getProperty(key), lang);
                        }
                    }
                }
            }
        }
    }

    /** The check itself: counts and plurals in one English and one Arabic message. */
    @Test
    void theCheckCatchesALostPlaceholderAndAMissingPluralCategory() {
        Assertions.assertThatThrownBy(() -> checkTranslation("x", "x", "{0} mails", "'{0} mails", "en"))
                .hasMessageContaining("loses a placeholder");
        Assertions.assertThatThrownBy(() -> checkTranslation("x", "x",
                "{0, plural, one {# mail} other {# mails}}", "{0, plural, one {# رسالة} other {# رسائل}}", "ar"))
                .hasMessageContaining("plural categories");
        checkTranslation("x", "x", "{0, plural, one {# mail} other {# mails}}",
                "{0, plural, one {# письмо} few {# письма} many {# писем} other {# письма}}", "ru");
    }

    private static void checkTranslation(String where, String key, String en, String tr, String lang) {
        Set<Integer> expected = placeholders(en);
        Set<Integer> found = placeholders(tr);
        if (LANGUAGE_SPECIFIC_ARGUMENTS.containsKey(key)) {
            assertThat(LANGUAGE_SPECIFIC_ARGUMENTS.get(key)).as(where).containsAll(found);
        } else {
            assertThat(found).as(where).isEqualTo(expected);
        }
        if (found.isEmpty()) {
            assertThat(tr).as(where + " has no arguments, so '' would show twice").doesNotContain("''");
            return;
        }
        // ICU parses the pattern as the application will: a placeholder that a lone apostrophe
        // turned into text is no argument any more.
        MessagePattern pattern = new MessagePattern(tr);
        Set<Integer> live = new TreeSet<>();
        Set<String> pluralKeywords = PluralRules.forLocale(new ULocale(lang)).getKeywords();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                live.add(part.getValue());
            }
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> used = new TreeSet<>();
                int limit = pattern.getLimitPartIndex(i);
                for (int j = i + 2; j < limit; j++) {
                    MessagePattern.Part p = pattern.getPart(j);
                    if (p.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        String selector = pattern.getSubstring(p);
                        if (!selector.startsWith("=")) {
                            used.add(selector);
                        }
                    } else if (p.getType() == MessagePattern.Part.Type.MSG_START) {
                        j = pattern.getLimitPartIndex(j); // skip the selector's message
                    }
                }
                assertThat(used).as(where + " names the plural categories of " + lang).isEqualTo(pluralKeywords);
            }
        }
        assertThat(live).as(where + " loses a placeholder (a lone apostrophe must be doubled)").isEqualTo(found);
    }

    private static Set<Integer> placeholders(String message) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(message);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }
}
