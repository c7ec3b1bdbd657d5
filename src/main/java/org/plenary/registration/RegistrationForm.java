package org.plenary.registration;

import org.plenary.directory.OrganisationId;

/**
 * What a person fills in. Member-State-only fields: {@code functionTitle},
 * {@code interpretationLanguage} (null: no interpretation requested) and {@code fellowshipRequest}.
 * The passport is needed only with a visa-support request.
 */
public record RegistrationForm(OrganisationId organisation, boolean inPerson, boolean newcomer, String gender,
        String functionTitle, String interpretationLanguage, boolean fellowshipRequest, boolean captioningRequest,
        boolean signLanguageRequest, boolean visaRequest, Registration.Passport passport) {

    public boolean asksMemberStateOnly() {
        return (functionTitle != null && !functionTitle.isBlank())
                || (interpretationLanguage != null && !interpretationLanguage.isBlank()) || fellowshipRequest;
    }
}
