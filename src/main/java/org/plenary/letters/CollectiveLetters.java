package org.plenary.letters;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.plenary.shared.DocumentRenderer;
import org.plenary.meetings.Deadline;
import org.plenary.meetings.DeadlineEngine;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.HalfDay;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The collective letter generated from the meeting's data: the standard paragraphs come from the
 * {@code letters} bundle in the letter's language, the meeting's own texts from its
 * {@link LocalizedText}s (English where a language is missing), the deadlines from the
 * {@link DeadlineEngine}. Collective letters are public (X-DOC-9), so reading needs no role.
 */
@Service
public class CollectiveLetters {

    private final MeetingManagement meetings;
    private final MessageSource messages;
    private final DocumentRenderer renderer;
    private final Clock clock;
    private final ParagraphOverrides overrides;

    CollectiveLetters(MeetingManagement meetings, MessageSource messages, DocumentRenderer renderer, Clock clock,
            ParagraphOverrides overrides) {
        this.overrides = overrides;
        this.meetings = meetings;
        this.messages = messages;
        this.renderer = renderer;
        this.clock = clock;
    }

    public CollectiveLetter letter(String code, Locale locale) {
        return letter(meetings.get(code), locale);
    }

    public byte[] pdf(String code, Locale locale) {
        return pdf(letter(code, locale));
    }

    public byte[] docx(String code, Locale locale) {
        return docx(letter(code, locale));
    }

    public byte[] pdf(CollectiveLetter letter) {
        return renderer.pdf("letters/collective", Map.of("letter", letter), Locale.forLanguageTag(letter.language()));
    }

    public byte[] docx(CollectiveLetter letter) {
        return CollectiveLetterDocx.write(letter);
    }

    /** The letter's content in one language; refused for a meeting without dates (nothing to invite to). */
    public CollectiveLetter letter(Meeting m, Locale locale) {
        if (m.firstDay() == null || m.lastDay() == null) {
            throw PlenaryException.conflict("letter.noDates", m.code());
        }
        LetterTexts t = new LetterTexts(messages, locale);
        Meeting.Letter l = m.letter();
        // a letter is final only when nothing is missing (LetterReadiness); until then it says DRAFT
        boolean draft = l.date() == null || !LetterReadiness.missing(m).isEmpty();
        LocalDate issued = draft ? LocalDate.now(clock.withZone(m.zone())) : l.date();
        LocalizedText sgTitleText = meetings.studyGroup(m.studyGroup()).title();
        String sgTitle = sgTitleText.in(locale);
        String sg = String.valueOf(m.studyGroup());

        var letterhead = new CollectiveLetter.Letterhead(t.get("letter.organisation"), t.get("letter.bureau"),
                t.get("letter.issuedAt", t.date(issued)), draft ? t.get("letter.draft") : null);

        List<CollectiveLetter.Line> reference = new ArrayList<>();
        String ref = l.reference().in(locale);
        if (!ref.isEmpty() || l.file() != null) {
            reference.add(new CollectiveLetter.Line(t.get("letter.ref"),
                    String.join("\n", nonBlank(ref, l.file())), false));
        }
        Meeting.Contact c = m.contact();
        if (c != null) {
            addLine(reference, t.get("letter.tel"), c.phone());
            addLine(reference, t.get("letter.fax"), c.fax());
            addLine(reference, t.get("letter.email"), c.email());
            addLine(reference, t.get("letter.web"), c.url());
        }

        LetterWording w = LetterWording.of(m, sgTitle, t, overrides.forLetter(m, locale.getLanguage()));
        List<String> addressees = new ArrayList<>();
        List<LocalizedText> to = l.addressees();
        for (int i = 0; i < to.size(); i++) {
            addressees.add(w.format("format.bullet") + " " + to.get(i).in(locale)
                    + (i < to.size() - 1 ? w.format("format.addresseeEnd") : ""));
        }
        String subject = t.get("letter.subject", m.title().in(locale), m.place().in(locale),
                t.dateRange(m.firstDay(), m.lastDay()));
        List<String> body = LetterBody.body(m, w, t);

        var signature = new CollectiveLetter.Signature(t.get("letter.closing"), t.get("letter.regards"),
                draft ? null : t.get("letter.signed"), l.signatoryTitle().in(locale), l.signatory().in(locale),
                t.get("letter.annexes"), Boolean.parseBoolean(w.format("format.signatureTitleFirst")),
                w.text("latestInfo").orElse(null));
        var annexA = new CollectiveLetter.AnnexA(t.get("letter.annexA"), t.get("letter.annexA.title"),
                LetterBody.annexA(m, w, locale));

        List<CollectiveLetter.AgendaLine> agenda = m.agenda().stream()
                .map(a -> new CollectiveLetter.AgendaLine(a.number(), a.title().in(locale), a.depth())).toList();
        var annexB = new CollectiveLetter.AnnexB(t.get("letter.annexB"), t.get("letter.annexB.title"), agenda,
                m.agendaUpdateRef() == null ? null : t.get("letter.agendaNote", m.agendaUpdateRef()),
                t.get("letter.timePlan"), t.get("letter.morning"), t.get("letter.afternoon"), timePlan(m, t),
                m.timePlanUpdateRef() == null ? null : t.get("letter.timePlanNote", m.timePlanUpdateRef()));
        String fallback = LetterBody.fallsBack(m, sgTitleText, locale.getLanguage())
                ? w.text("fallback", Map.of("language", Locale.ENGLISH.getDisplayLanguage(locale))).orElse(null)
                : null;

        return new CollectiveLetter(m.code(), locale.getLanguage(), "ar".equals(locale.getLanguage()), draft,
                letterhead, reference, t.get("letter.to"), addressees, t.get("letter.subjectLabel"), subject,
                t.get("letter.salutation"), body, w.format("deadlines"), w.format("format.bullet"),
                deadlines(m, t, w), signature, annexA, annexB, fallback);
    }

    /** The key-deadlines table: one row per date, listing in rule order what closes on it. */
    static List<CollectiveLetter.DeadlineRow> deadlines(Meeting m, LetterTexts t, LetterWording w) {
        Map<LocalDate, List<String>> byDay = new LinkedHashMap<>();
        DeadlineEngine.deadlines(m).stream().filter(d -> d.rule().closing()).filter(d -> offered(d.rule(), w))
                .sorted(Comparator.comparing(Deadline::day))
                .forEach(d -> byDay.computeIfAbsent(d.day(), k -> new ArrayList<>())
                        .add(t.get("letter.deadline." + d.rule().name())));
        return byDay.entrySet().stream()
                .map(e -> new CollectiveLetter.DeadlineRow(e.getKey(), t.date(e.getKey()), List.copyOf(e.getValue())))
                .toList();
    }

    /** Requests for what the meeting does not offer have no deadline in its letter. */
    private static boolean offered(DeadlineRule rule, LetterWording w) {
        return switch (rule) {
            case FELLOWSHIP_REQUESTS -> w.has("fellowships");
            case VISA_SUPPORT_REQUESTS -> w.has("visa");
            case INTERPRETATION_REQUESTS -> w.has("interpretation");
            default -> true;
        };
    }

    /** Annex B's grid from the first time-plan day to the last meeting day; empty weekends fold into one row. */
    static List<CollectiveLetter.PlanRow> timePlan(Meeting m, LetterTexts t) {
        List<CollectiveLetter.PlanRow> rows = new ArrayList<>();
        boolean inWeekend = false;
        for (LocalDate day : m.timePlanDays()) {
            Optional<String> morning = m.cell(day, HalfDay.MORNING).map(x -> x.text().in(t.locale()));
            Optional<String> afternoon = m.cell(day, HalfDay.AFTERNOON).map(x -> x.text().in(t.locale()));
            boolean weekendDay = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekendDay && morning.isEmpty() && afternoon.isEmpty()) {
                if (!inWeekend) {
                    rows.add(new CollectiveLetter.PlanRow(t.get("letter.weekend"), true, "", ""));
                }
                inWeekend = true;
                continue;
            }
            inWeekend = false;
            rows.add(new CollectiveLetter.PlanRow(t.weekdayAndDay(day), false, morning.orElse(""),
                    afternoon.orElse("")));
        }
        return rows;
    }

    private static void addLine(List<CollectiveLetter.Line> lines, String label, String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new CollectiveLetter.Line(label, value, true));
        }
    }

    private static List<String> nonBlank(String... values) {
        List<String> list = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                list.add(v);
            }
        }
        return list;
    }
}
