package org.plenary.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.fellowships.Application;
import org.plenary.fellowships.Fellowships;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.DocumentRenderer;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The PDF decision letter of an awarded or declined fellowship application, for its applicant and
 * the secretariat (who may read it is the fellowships module's rule: {@link Fellowships#view}).
 */
@Service
public class FellowshipLetters {

    private final Fellowships fellowships;
    private final MeetingManagement meetings;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final DocumentRenderer renderer;

    FellowshipLetters(Fellowships fellowships, MeetingManagement meetings, AccountManagement accounts,
            MessageSource messages, DocumentRenderer renderer) {
        this.fellowships = fellowships;
        this.meetings = meetings;
        this.accounts = accounts;
        this.messages = messages;
        this.renderer = renderer;
    }

    /** What the letter says, resolved in one language. */
    public record Decision(String organisation, String bureau, String placeAndDate, String to, String subject,
            String salutation, List<String> paragraphs, String regards, String signatory) {
    }

    public byte[] pdf(UUID application, Locale locale) {
        Application a = fellowships.view(application);
        if (!a.status().decided()) {
            throw PlenaryException.conflict("fellowship.notDecided");
        }
        Meeting m = meetings.get(a.meeting());
        Account person = accounts.find(a.account()).orElseThrow();
        LetterTexts t = new LetterTexts(messages, locale);
        LocalDate decided = a.decidedAt().atZone(m.zone()).toLocalDate();
        String kind = t.get(a.kind().messageKey());
        String meeting = m.title().in(locale) + ", " + m.place().in(locale) + ", "
                + t.dateRange(m.firstDay(), m.lastDay());
        List<String> paragraphs = a.status() == Application.Status.AWARDED
                ? List.of(t.get("fellowship.letter.awarded", meeting, kind),
                        t.get("fellowship.letter.awardedKind." + a.kind().name()),
                        t.get("fellowship.letter.remainingCosts"))
                : List.of(t.get("fellowship.letter.declined", meeting, kind),
                        t.get("fellowship.letter.reason", a.reason()));
        var decision = new Decision(t.get("letter.organisation"), t.get("letter.bureau"),
                t.get("letter.issuedAt", t.date(decided)), person.name(),
                t.get("fellowship.letter.subject", meeting), t.get("letter.salutation"), paragraphs,
                t.get("letter.regards"), m.letter().signatoryTitle().in(locale));
        return renderer.pdf("letters/fellowship-decision", Map.of("decision", decision), Languages.locale(locale.getLanguage()));
    }
}
