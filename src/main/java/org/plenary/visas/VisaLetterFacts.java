package org.plenary.visas;

import java.time.LocalDate;

import org.plenary.registration.Registration;
import org.plenary.shared.LocalizedText;

/**
 * Everything an issued visa-support letter says, frozen at issue (stored as jsonb): the passport,
 * the representation it is addressed to, the names and the meeting as they were then. Later edits to
 * the registration, the directory or the meeting never change an issued letter. The letters module
 * prints it ({@link VisaLetterPrinter}).
 */
public record VisaLetterFacts(String embassy, String fullName, String passportNumber, String nationalityCode,
        LocalizedText nationality, LocalDate passportExpiry, LocalDate dateOfBirth, String delegateName,
        String organisationName, String meetingCode, LocalizedText meetingTitle, LocalizedText meetingPlace,
        LocalDate firstDay, LocalDate lastDay, LocalDate issuedOn, LocalizedText signatoryTitle) {

    /** Whether the letter was issued for this passport (a different person or passport needs a new letter). */
    boolean carries(Registration.Passport p) {
        return p != null && fullName.equals(p.fullName()) && passportNumber.equals(p.number())
                && nationalityCode.equals(p.nationality()) && passportExpiry.equals(p.expiry())
                && dateOfBirth.equals(p.dateOfBirth());
    }
}
