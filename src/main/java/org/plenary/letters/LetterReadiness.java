package org.plenary.letters;

import java.util.ArrayList;
import java.util.List;

import org.plenary.meetings.Meeting;

/**
 * What a collective letter still needs before it can be issued: its particulars, each with the
 * secretariat page (and field) where it is set. A letter with anything missing is a draft: its
 * downloads say DRAFT and carry no "(signed)".
 */
public final class LetterReadiness {

    /** One missing particular: its label key ({@code letters.missing.<what>}) and where the secretariat sets it. */
    public record Missing(String what, String path, String field) {
        public String messageKey() {
            return "letters.missing." + what;
        }
    }

    private LetterReadiness() {
    }

    static List<Missing> missing(Meeting m) {
        String details = "/secretariat/meetings/" + m.code();
        String letter = details + "/letter";
        Meeting.Letter l = m.letter();
        Meeting.Contact c = m.contact();
        List<Missing> out = new ArrayList<>();
        if (m.place().get("en").isBlank()) {
            out.add(new Missing("place", details, "placeEn"));
        }
        if (m.venue().get("en").isBlank()) {
            out.add(new Missing("venue", details, "venueEn"));
        }
        if (l.reference().get("en").isBlank()) {
            out.add(new Missing("reference", letter, "reference"));
        }
        if (l.addressees().isEmpty()) {
            out.add(new Missing("addressees", letter, "addressees"));
        }
        if (l.signatory().get("en").isBlank()) {
            out.add(new Missing("signatory", letter, "signatory"));
        }
        if (l.signatoryTitle().get("en").isBlank()) {
            out.add(new Missing("signatoryTitle", letter, "signatoryTitle"));
        }
        if (c == null || (blank(c.email()) && blank(c.phone()))) {
            out.add(new Missing("contact", letter, "email"));
        }
        if (l.date() == null) {
            out.add(new Missing("date", letter, "date"));
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
