package org.plenary.shared;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Date and time formatting for pages and mails, in the reader's language ({@code ${@fmt...}}). */
@Component("fmt")
public class Formats {

    private final Clock clock;
    private final MessageSource messages;
    private final ZoneId secretariatZone;

    public Formats(Clock clock, MessageSource messages, PlenaryProperties props) {
        this.clock = clock;
        this.messages = messages;
        this.secretariatZone = props.secretariat().timeZone();
    }

    /** The zone of times that belong to no meeting (the outbox): Geneva’s (Europe/Zurich) unless configured. */
    public ZoneId secretariatZone() {
        return secretariatZone;
    }

    /** A zone as its label reads: the IANA name ("Europe/Zurich"), "UTC" for UTC. */
    public String zone(ZoneId zone) {
        ZoneId z = zone.normalized();
        return z.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** The reader's locale; English dates are written the ITU way ("9 June 2026"). */
    private static Locale locale() {
        Locale l = LocaleContextHolder.getLocale();
        return "en".equals(l.getLanguage()) ? Locale.UK : l;
    }

    /**
     * A number with the given decimals in the reader's language, always in Western digits (as
     * dates are, and as ITU documents write them), so an Arabic page uses one set of digits.
     */
    public String decimal(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(
                new Locale.Builder().setLocale(locale()).setUnicodeLocaleKeyword("nu", "latn").build());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        return f.format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    public String dayAndDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(date);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale()).format(time);
    }

    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime z = instant.atZone(zone);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(z)
                + " " + DateTimeFormatter.ofPattern("HH:mm:ss", locale()).format(z) + " (" + zone(zone) + ")";
    }

    /** "3 days left", "5 hours left" or "closed", relative to the injected clock. */
    public String timeLeft(Instant closesAt) {
        Duration left = Duration.between(clock.instant(), closesAt);
        Locale l = locale();
        if (left.isNegative() || left.isZero()) {
            return messages.getMessage("time.closed", null, l);
        }
        if (left.toDays() >= 1) {
            return messages.getMessage("time.daysLeft", new Object[] {left.toDays()}, l);
        }
        if (left.toHours() >= 1) {
            return messages.getMessage("time.hoursLeft", new Object[] {left.toHours()}, l);
        }
        return messages.getMessage("time.minutesLeft", new Object[] {Math.max(1, left.toMinutes())}, l);
    }
}
