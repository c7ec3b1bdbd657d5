package org.plenary.shared;

import java.util.List;
import java.util.Locale;

/** The six official languages of ITU, in the order ITU lists them. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(
            Locale.forLanguageTag("ar"), Locale.forLanguageTag("zh"), Locale.ENGLISH,
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("es"));

    public static final List<String> CODES = SUPPORTED.stream().map(Locale::getLanguage).toList();

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && CODES.contains(code);
    }

    public static boolean isRightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }

    /** The supported locale for a language code, English when the code is not one of the six. */
    public static Locale locale(String code) {
        return isSupported(code) ? Locale.forLanguageTag(code) : Locale.ENGLISH;
    }
}
