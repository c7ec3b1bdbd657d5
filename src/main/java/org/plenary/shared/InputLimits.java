package org.plenary.shared;

import java.time.LocalDate;
import java.util.Map;

/**
 * The one place input bounds are defined: the longest text each kind of field takes, and the
 * years a date may fall in. API records name them in {@code @Size}/{@code @TextSize}, forms show
 * them as {@code maxlength} (model attribute {@code limits}), and database CHECK constraints
 * repeat them as the last line.
 */
public final class InputLimits {

    /** Codes and numbers: meeting codes, agenda numbers, references, check-in codes. */
    public static final int CODE = 40;
    /** Agenda item numbers ("5.1.2"). */
    public static final int AGENDA_NUMBER = 16;
    /** References of letters and events ("TSB Collective letter 5/12"). */
    public static final int REFERENCE = 100;
    /** Names of people, places, rooms, embassies; short references and notes. */
    public static final int NAME = 200;
    /** Titles: meetings, agenda items, documents, sections. */
    public static final int TITLE = 500;
    /** Reasons and notes a person gives with a decision. */
    public static final int NOTE = 1_000;
    /** A paragraph: reasons, notes, a time-plan cell, an abstract line, a chat message. */
    public static final int PARAGRAPH = 2_000;
    /** Long texts: practical-information sections, abstracts. */
    public static final int TEXT = 10_000;
    /** No single input value (form field, query parameter, JSON string) is longer than this. */
    public static final int ANY = 20_000;
    /** A file name as a browser sends it. */
    public static final int FILE_NAME = 255;

    /** Dates outside these years are typing mistakes or attacks, never a meeting, passport or birth. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    /** The limits by name, for templates: {@code th:maxlength="${limits.title}"}. */
    public static final Map<String, Integer> FOR_TEMPLATES = Map.of("code", CODE, "agendaNumber", AGENDA_NUMBER,
            "reference", REFERENCE, "name", NAME, "title", TITLE, "note", NOTE, "paragraph", PARAGRAPH, "text", TEXT);

    private InputLimits() {
    }

    public static boolean isPlausible(LocalDate date) {
        return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
    }

    /** Whether a year as written ("2026", "+999999999", "-5000") is one a date may have. */
    public static boolean isPlausible(String year) {
        try {
            int y = Integer.parseInt(year);
            return y >= FIRST_YEAR && y <= LAST_YEAR;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether the text holds a control character other than tab, line feed and carriage return. */
    public static boolean hasControlCharacter(CharSequence s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
