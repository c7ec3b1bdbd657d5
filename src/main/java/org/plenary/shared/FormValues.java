package org.plenary.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Dates and times as the pages' forms send them ({@code 2026-11-02}, {@code 09:30}): blank is no
 * value, a garbled one is refused with the field's translated message ({@code form.dateInvalid},
 * {@code form.timeInvalid}), which {@link FormError} shows next to the field.
 */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate day(String s) {
        return parse(s, LocalDate::parse, "form.dateInvalid");
    }

    public static LocalTime time(String s) {
        return parse(s, LocalTime::parse, "form.timeInvalid");
    }

    private static <T> T parse(String s, Function<String, T> parser, String refusal) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return parser.apply(s.strip());
        } catch (DateTimeParseException e) {
            throw PlenaryException.invalid(refusal, s);
        }
    }
}
