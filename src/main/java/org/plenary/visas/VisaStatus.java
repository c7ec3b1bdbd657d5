package org.plenary.visas;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.registration.Registration;

/**
 * Where a visa request stands, as the pages show it: the representation named now, the current
 * issued letter (when, by whom, addressed to whom) and the state.
 */
public record VisaStatus(Registration registration, String embassy, Instant namedAt, Instant issuedAt,
        AccountId issuedBy, String issuedToEmbassy, State state) {

    public enum State {
        /** The registration is not approved (yet, or any more): no letter is issued or served. */
        NOT_APPROVED,
        /** No representation named yet. */
        NOT_NAMED,
        /** Waiting for the secretariat to issue the letter. */
        TO_ISSUE,
        /** A letter was issued, but the representation changed since: a new issue is needed. */
        CHANGED,
        /** The current letter is issued and may be downloaded. */
        ISSUED;

        public String messageKey() {
            return "visa.state." + name();
        }

        /** Whether the secretariat has something to issue. */
        public boolean issuable() {
            return this == TO_ISSUE || this == CHANGED;
        }
    }

    /** Whether a letter that still holds can be downloaded (the one issued before a change stays valid until replaced). */
    public boolean downloadable() {
        return state == State.ISSUED || state == State.CHANGED;
    }
}
