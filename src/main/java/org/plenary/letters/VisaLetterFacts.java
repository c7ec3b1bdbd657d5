package org.plenary.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.plenary.registration.Registration;
import org.plenary.shared.LocalizedText;

/**
 * Everything an issued visa-support letter says, frozen at issue (stored as jsonb): the passport,
 * the representation it is addressed to, the names and the meeting as they were then. Later edits to
 * the registration, the directory or the meeting never change an issued letter.
 */
record VisaLetterFacts(String embassy, String fullName, String passportNumber, String nationalityCode,
        LocalizedText nationality, LocalDate passportExpiry, LocalDate dateOfBirth, String delegateName,
        String organisationName, String meetingCode, LocalizedText meetingTitle, LocalizedText meetingPlace,
        LocalDate firstDay, LocalDate lastDay, LocalDate issuedOn, LocalizedText signatoryTitle) {

    /** Whether the letter was issued for this passport (a different person or passport needs a new letter). */
    boolean carries(Registration.Passport p) {
        return p != null && fullName.equals(p.fullName()) && passportNumber.equals(p.number())
                && nationalityCode.equals(p.nationality()) && passportExpiry.equals(p.expiry())
                && dateOfBirth.equals(p.dateOfBirth());
    }

    /** The letter's texts in one language. */
    VisaLetters.VisaLetter resolve(LetterTexts t) {
        Locale locale = t.locale();
        String meeting = meetingTitle.in(locale) + ", " + meetingPlace.in(locale) + ", "
                + t.dateRange(firstDay, lastDay);
        String nationalityName = nationality.isEmpty() ? nationalityCode : nationality.in(locale);
        return new VisaLetters.VisaLetter(t.get("letter.organisation"), t.get("letter.bureau"),
                t.get("letter.issuedAt", t.date(issuedOn)), t.get("visa.reference", meetingCode, delegateName),
                t.get("visa.to", embassy), t.get("visa.subject", fullName), t.get("visa.salutation"),
                List.of(t.get("visa.body.request", meeting, organisationName),
                        t.get("visa.body.stay", t.date(firstDay.minusDays(1)), t.date(lastDay.plusDays(1))),
                        t.get("visa.body.costs")),
                List.of(new CollectiveLetter.Line(t.get("visa.passport.name"), fullName, false),
                        new CollectiveLetter.Line(t.get("visa.passport.nationality"), nationalityName, false),
                        new CollectiveLetter.Line(t.get("visa.passport.number"), passportNumber, true),
                        new CollectiveLetter.Line(t.get("visa.passport.expiry"), t.date(passportExpiry), false),
                        new CollectiveLetter.Line(t.get("visa.passport.birth"), t.date(dateOfBirth), false)),
                t.get("visa.closing"), t.get("letter.regards"), signatoryTitle.in(locale));
    }
}
