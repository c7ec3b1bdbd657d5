package org.plenary.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting's collective letter in one language, every text resolved: the PDF template and the
 * DOCX writer print this and nothing else, so both forms always say the same thing. The parts
 * follow the seed letter: letterhead, date and reference, addressees, subject, body, key
 * deadlines, signature, Annex A (practical information), Annex B (agenda and time plan).
 */
public record CollectiveLetter(
        String meetingCode,
        String language,
        boolean rightToLeft,
        boolean draft,
        Letterhead letterhead,
        List<Line> reference,
        String toLabel,
        List<String> addressees,
        String subjectLabel,
        String subject,
        String salutation,
        List<String> body,
        String deadlinesTitle,
        String bullet,
        List<DeadlineRow> deadlines,
        Signature signature,
        AnnexA annexA,
        AnnexB annexB,
        String fallbackNote) {

    public record Letterhead(String organisation, String bureau, String placeAndDate, String draftNote) {
    }

    /** A labelled line of the reference block ("Ref.:", "Tel.:" …); numbers and addresses read left to right. */
    public record Line(String label, String value, boolean leftToRight) {
    }

    /** One date of the key-deadlines table and what closes on it. */
    public record DeadlineRow(LocalDate day, String date, List<String> items) {
    }

    /** The signature block; {@code titleFirst} where the language names the office before the person (Chinese). */
    public record Signature(String closing, String regards, String signedNote, String title, String name,
            String annexes, boolean titleFirst, String latestInfo) {
    }

    /** An item of Annex A: its run-in label ("Interpretation:") and its paragraphs. */
    public record Item(String label, List<String> paragraphs) {
    }

    /** A titled group of Annex A items ("Working methods and facilities"). */
    public record Group(String heading, List<Item> items) {
    }

    public record AnnexA(String label, String title, List<Group> groups) {
    }

    public record AgendaLine(String number, String title, int depth) {
    }

    /** A row of the time plan: a day (or a folded weekend) and its morning and afternoon cells. */
    public record PlanRow(String day, boolean weekend, String morning, String afternoon) {
    }

    public record AnnexB(String label, String title, List<AgendaLine> agenda, String agendaNote,
            String timePlanTitle, String morningLabel, String afternoonLabel, List<PlanRow> timePlan,
            String timePlanNote) {
    }
}
