package org.plenary.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The collective letter's standard paragraphs as data, one resource per language
 * ({@code letters/standard_<lang>.properties}: TSB's wording, the Chinese verbatim from TSB
 * Collective Letter 4/12) and the TSB-wide facts they cite ({@code letters/facts.properties}).
 * A template names its facts as {@code {name}}; a paragraph whose facts are not all known is
 * left out, so the letter speaks only of what the meeting has.
 */
final class StandardWording {

    private static final Pattern FACT = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
    private static final Map<String, Properties> CACHE = new ConcurrentHashMap<>();

    private StandardWording() {
    }

    /** The paragraphs in the language, or null when the language has none. */
    static Properties paragraphs(String language) {
        return load("letters/standard_" + language + ".properties");
    }

    static Properties facts() {
        return load("letters/facts.properties");
    }

    /** The template with every {fact} replaced, or empty when one is unknown or blank. */
    static Optional<String> fill(String template, Map<String, String> facts) {
        if (template == null || template.isBlank()) {
            return Optional.empty();
        }
        Matcher m = FACT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = facts.get(m.group(1));
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** The names of the facts a template cites, in order. */
    static List<String> factsOf(String template) {
        return FACT.matcher(template == null ? "" : template).results().map(r -> r.group(1)).toList();
    }

    private static Properties load(String resource) {
        return CACHE.computeIfAbsent(resource, r -> {
            try (InputStream in = StandardWording.class.getClassLoader().getResourceAsStream(r)) {
                Properties p = new Properties();
                if (in != null) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
