package org.plenary.shared;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Values as the pages' forms send them: dates and times ({@code 2026-11-02}, {@code 09:30}), whole
 * numbers, ids and choices. Blank is no value (a required number is refused), a garbled one is
 * refused with a translated message ({@code form.dateInvalid}, {@code form.timeInvalid}, or the
 * field's own), which {@link FormError} shows next to the field. The one place pages parse typed text.
 */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate day(String s) {
        return value(s, LocalDate::parse, "form.dateInvalid");
    }

    public static LocalTime time(String s) {
        return value(s, LocalTime::parse, "form.timeInvalid");
    }

    /** A required whole number; blank or garbled is refused with the field's message (the typed text as its argument). */
    public static int number(String s, String refusal) {
        Integer n = value(s, Integer::valueOf, refusal);
        if (n == null) {
            throw PlenaryException.invalid(refusal, "");
        }
        return n;
    }

    /**
     * The typed text read by the parser ({@code UUID::fromString}, an enum's {@code valueOf}), or
     * {@code null} when blank; refused with the message when the parser refuses it.
     */
    public static <T> T value(String s, Function<String, T> parser, String refusal) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return parser.apply(s.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw PlenaryException.invalid(refusal, s);
        }
    }
}
