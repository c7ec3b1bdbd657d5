package org.plenary.shared;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text kept in several of the six ITU languages, keyed by language code; English is the
 * fallback. Meeting content (agenda items, time-plan cells, practical information) uses it.
 */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        TreeMap<String, String> copy = new TreeMap<>();
        if (values != null) {
            values.forEach((k, v) -> {
                InputGuard.check("language", k, 10);
                if (k != null && v != null && !v.isBlank()) {
                    copy.put(k, v.strip());
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    @JsonCreator
    public static LocalizedText of(Map<String, String> values) {
        return new LocalizedText(values);
    }

    public static LocalizedText en(String english) {
        return new LocalizedText(english == null ? Map.of() : Map.of("en", english));
    }

    public LocalizedText with(String language, String text) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        if (text == null || text.isBlank()) {
            copy.remove(language);
        } else {
            copy.put(language, text);
        }
        return new LocalizedText(copy);
    }

    /**
     * The text with its English (the base the others translate) replaced, as a form that edits only
     * the English writes it: emptying the English removes the whole text, its translations with it
     * (nothing would show them or let them be edited); a text that had no English is kept as it is.
     */
    public LocalizedText withEnglish(String english) {
        if (english != null && !english.isBlank()) {
            return with("en", english);
        }
        return values.containsKey("en") ? new LocalizedText(Map.of()) : this;
    }

    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    /** The text in the locale's language, else English, else any language, else "". */
    public String in(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        String v = values.get(lang);
        if (v == null) {
            v = values.get("en");
        }
        if (v == null && !values.isEmpty()) {
            v = values.values().iterator().next();
        }
        return v == null ? "" : v;
    }

    /**
     * What a reader of the locale's language sees: the text in their language, or the fallback
     * (English, else any language) with the language it is in, so a page can mark it and give it
     * its own {@code lang} and {@code dir} (an English fallback on an Arabic page runs left to right).
     */
    public Shown shown(Locale locale) {
        String lang = locale == null ? "en" : locale.getLanguage();
        if (values.containsKey(lang)) {
            return new Shown(values.get(lang), lang, false);
        }
        if (values.containsKey("en")) {
            return new Shown(values.get("en"), "en", true);
        }
        return values.entrySet().stream().findFirst().map(e -> new Shown(e.getValue(), e.getKey(), true))
                .orElse(new Shown("", lang, false));
    }

    /** A text as shown: its words, the language they are in, and whether that is a fallback. */
    public record Shown(String text, String language, boolean fallback) {

        public String dir() {
            return Languages.isRightToLeft(Locale.forLanguageTag(language)) ? "rtl" : "ltr";
        }
    }

    public String get(String language) {
        return values.getOrDefault(language, "");
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public String toString() {
        return in(Locale.ENGLISH);
    }
}
