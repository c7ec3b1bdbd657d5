package org.plenary.shared;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;

/** Bean Validation errors as translated {field, message} pairs for problem details and forms. */
public final class ValidationMessages {

    private ValidationMessages() {
    }

    public static List<Map<String, String>> of(List<? extends MessageSourceResolvable> errors, MessageSource messages,
            Locale locale) {
        return errors.stream().map(err -> Map.of("field", field(err), "message", message(err, messages, locale)))
                .toList();
    }

    /** The first error in one translated sentence, for pages. */
    public static String first(List<? extends MessageSourceResolvable> errors, MessageSource messages, Locale locale) {
        return errors.isEmpty() ? messages.getMessage("problem.invalid", null, locale)
                : message(errors.get(0), messages, locale);
    }

    static String field(MessageSourceResolvable err) {
        if (err instanceof FieldError f) {
            return f.getField();
        }
        String[] codes = err.getCodes();
        return codes != null && codes.length > 0 ? codes[codes.length - 1] : "";
    }

    static String message(MessageSourceResolvable err, MessageSource messages, Locale locale) {
        String code = err.getCodes() == null || err.getCodes().length == 0 ? ""
                : err.getCodes()[err.getCodes().length - 1];
        Object[] args = err.getArguments();
        if (("TextSize".equals(code) || "Size".equals(code)) && args != null && args.length >= 2) {
            return messages.getMessage("problem.tooLong", new Object[] {field(err), args[1]}, locale);
        }
        if (("NotNull".equals(code) || "NotBlank".equals(code) || "NotEmpty".equals(code))) {
            return messages.getMessage("problem.required", new Object[] {field(err)}, locale);
        }
        return messages.getMessage("problem.invalidField", new Object[] {field(err)}, locale);
    }
}
