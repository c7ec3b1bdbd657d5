package org.plenary.shared;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * A refusal shown on a form page: the translated message and the field it concerns, so that the
 * page shows it next to that field ({@code field} empty: above the form).
 */
public record FormError(String field, String message) {

    /** {@code fields} maps the refusal's message key to the form field it concerns. */
    public static FormError of(PlenaryException e, MessageSource messages, Locale locale, Map<String, String> fields) {
        return new FormError(fields.getOrDefault(e.messageKey(), ""),
                messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
    }

    public boolean on(String name) {
        return field.equals(name);
    }

    public boolean general() {
        return field.isEmpty();
    }
}
