package org.plenary.letters;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.shared.DocumentRenderer;
import org.plenary.visas.VisaLetterFacts;
import org.plenary.visas.VisaLetterPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out a visa-support letter (L-VISA-1) from the facts the visas module froze at issue, in one
 * language, with the one rendering pipeline of every letter. It reads nothing else: what the letter
 * says never changes after issue, whatever happens to the registration, the directory or the meeting.
 */
@Component
class VisaLetterPrinting implements VisaLetterPrinter {

    private final MessageSource messages;
    private final DocumentRenderer renderer;

    VisaLetterPrinting(MessageSource messages, DocumentRenderer renderer) {
        this.messages = messages;
        this.renderer = renderer;
    }

    /** The visa-support letter's texts, resolved. */
    record VisaLetter(String organisation, String bureau, String placeAndDate, String reference, String to,
            String subject, String salutation, List<String> paragraphs, List<CollectiveLetter.Line> passport,
            String closing, String regards, String signatory) {
    }

    @Override
    public byte[] print(VisaLetterFacts facts, Locale language) {
        return renderer.pdf("letters/visa", Map.of("letter", resolve(facts, new LetterTexts(messages, language))),
                language);
    }

    /** The letter's texts in one language. */
    static VisaLetter resolve(VisaLetterFacts f, LetterTexts t) {
        Locale locale = t.locale();
        String meeting = f.meetingTitle().in(locale) + ", " + f.meetingPlace().in(locale) + ", "
                + t.dateRange(f.firstDay(), f.lastDay());
        String nationalityName = f.nationality().isEmpty() ? f.nationalityCode() : f.nationality().in(locale);
        return new VisaLetter(t.get("letter.organisation"), t.get("letter.bureau"),
                t.get("letter.issuedAt", t.date(f.issuedOn())), t.get("visa.reference", f.meetingCode(), f.delegateName()),
                t.get("visa.to", f.embassy()), t.get("visa.subject", f.fullName()), t.get("visa.salutation"),
                List.of(t.get("visa.body.request", meeting, f.organisationName()),
                        t.get("visa.body.stay", t.date(f.firstDay().minusDays(1)), t.date(f.lastDay().plusDays(1))),
                        t.get("visa.body.costs")),
                List.of(new CollectiveLetter.Line(t.get("visa.passport.name"), f.fullName(), false),
                        new CollectiveLetter.Line(t.get("visa.passport.nationality"), nationalityName, false),
                        new CollectiveLetter.Line(t.get("visa.passport.number"), f.passportNumber(), true),
                        new CollectiveLetter.Line(t.get("visa.passport.expiry"), t.date(f.passportExpiry()), false),
                        new CollectiveLetter.Line(t.get("visa.passport.birth"), t.date(f.dateOfBirth()), false)),
                t.get("visa.closing"), t.get("letter.regards"), f.signatoryTitle().in(locale));
    }
}
