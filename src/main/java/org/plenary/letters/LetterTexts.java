package org.plenary.letters;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Message-bundle texts and dates for one letter in one language, whatever the request's locale:
 * a letter in Chinese is wholly Chinese even when a French reader downloads it. Keys missing in
 * a language fall back to English (the base bundle).
 */
public final class LetterTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter longDate;

    public LetterTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        // English dates are written the ITU way: "9 June 2026".
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale("en".equals(locale.getLanguage()) ? Locale.UK : locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, locale);
    }

    public String date(LocalDate date) {
        return date == null ? "" : longDate.format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    /** "9-17 June 2026" (same month) or "29 June 2026 to 3 July 2026", in the letter's language. */
    public String dateRange(LocalDate first, LocalDate last) {
        if (first.getYear() == last.getYear() && first.getMonth() == last.getMonth()) {
            return get("letter.dateRange.sameMonth", String.valueOf(first.getDayOfMonth()), date(last), date(first),
                    String.valueOf(last.getDayOfMonth()));
        }
        return get("letter.dateRange", date(first), date(last));
    }

    /** The weekday and the day of the month on two lines ("Monday\n8 June"), as the time plan shows them. */
    public String weekdayAndDay(LocalDate date) {
        return DateTimeFormatter.ofPattern("EEEE", locale).format(date) + "\n"
                + DateTimeFormatter.ofPattern(get("letter.dayMonthPattern"), locale).format(date);
    }
}
