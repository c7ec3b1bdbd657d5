package org.plenary.shared;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * A refusal shown on a form page: the translated message and the field it concerns, so that the
 * page shows it next to that field ({@code field} empty: above the form).
 */
public record FormError(String field, String message) {

    /** {@code fields} maps the refusal's message key to the form field it concerns. */
    public static FormError of(PlenaryException e, MessageSource messages, Locale locale, Map<String, String> fields) {
        return new FormError(fields.getOrDefault(e.messageKey(), ""), message(e, messages, locale));
    }

    /** The refusal's translated message alone, for a page that shows it above its form or in a flash. */
    public static String message(PlenaryException e, MessageSource messages, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale);
    }

    /**
     * Runs one change of a set-up page: on success the model says {@code saved}; on a refusal it
     * holds the {@code formError}, which form failed ({@code failedKey} = {@code failedValue}) and
     * what was typed, so the page shows the message at its field and keeps the input.
     */
    public static void attempt(Runnable change, Model model, MessageSource messages, Locale locale,
            Map<String, String> fields, String failedKey, String failedValue, Map<String, String> typed) {
        try {
            change.run();
            model.addAttribute("saved", true);
        } catch (PlenaryException e) {
            model.addAttribute("formError", of(e, messages, locale, fields));
            model.addAttribute(failedKey, failedValue);
            model.addAttribute("typed", typed);
        }
    }

    public boolean on(String name) {
        return field.equals(name);
    }

    public boolean general() {
        return field.isEmpty();
    }
}
