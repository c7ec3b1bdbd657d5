package org.plenary.meetings;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The named rules of an ITU collective letter that put a deadline relative to the meeting's
 * first day (L-DL-1). Calendar-month rules that land on a day the earlier month lacks (first day
 * on 29-31 March, minus one month) take that month's last day, so the deadline never moves later.
 */
public enum DeadlineRule {
    /** L-LANG-2: real-time captioning and sign-language interpretation requests, 2 calendar months. */
    CAPTIONING_REQUESTS(d -> d.minusMonths(2), true),
    /** L-DOC-2, X-DOC-3: contributions that need translation, 2 calendar months. */
    TRANSLATED_CONTRIBUTIONS(d -> d.minusMonths(2), true),
    /** L-FEL-6: fellowship requests, 6 weeks. */
    FELLOWSHIP_REQUESTS(d -> d.minusWeeks(6), true),
    /** L-LANG-1: interpretation for the closing plenary, 6 weeks. */
    INTERPRETATION_REQUESTS(d -> d.minusWeeks(6), true),
    /** L-REG-1: pre-registration, 1 calendar month. */
    PRE_REGISTRATION(d -> d.minusMonths(1), true),
    /** L-VISA-2: visa-support letter requests, 1 calendar month. */
    VISA_SUPPORT_REQUESTS(d -> d.minusMonths(1), true),
    /** L-DOC-1, X-DOC-2: contributions, 12 clear calendar days (the 13th day before is the last). */
    CONTRIBUTIONS(d -> d.minusDays(13), true),
    /** L-BSG-1: the online contribution clinic is held 3 weeks before (an event, not a closing). */
    BSG_CONTRIBUTION_CLINIC(d -> d.minusWeeks(3), false);

    private final UnaryOperator<LocalDate> fromFirstDay;
    private final boolean closing;

    DeadlineRule(UnaryOperator<LocalDate> fromFirstDay, boolean closing) {
        this.fromFirstDay = fromFirstDay;
        this.closing = closing;
    }

    public LocalDate dayFor(LocalDate firstDay) {
        return fromFirstDay.apply(firstDay);
    }

    /** Whether something closes at this deadline (false for dated events such as the BSG clinic). */
    public boolean closing() {
        return closing;
    }

    /** Message-bundle key of the rule's name. */
    public String messageKey() {
        return "deadline." + name();
    }
}
