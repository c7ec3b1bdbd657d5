package org.plenary.registration;

import java.util.function.Predicate;

/** The requests a registration form can carry, for filters and the secretariat's lists. */
public enum RequestKind {
    INTERPRETATION(Registration::interpretationRequest),
    CAPTIONING(Registration::captioningRequest),
    SIGN_LANGUAGE(Registration::signLanguageRequest),
    VISA(Registration::visaRequest),
    FELLOWSHIP(Registration::fellowshipRequest),
    NEWCOMER(Registration::newcomer);

    private final Predicate<Registration> test;

    RequestKind(Predicate<Registration> test) {
        this.test = test;
    }

    public boolean in(Registration r) {
        return test.test(r);
    }

    public String messageKey() {
        return "registration.request." + name();
    }
}
