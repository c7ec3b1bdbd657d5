package org.plenary.directory;

import java.time.Instant;

/**
 * A single-use link to set a password was made for an account: the notifications module mails
 * it to the account's own address, greeting it by the name the directory holds.
 */
public record PasswordLinkIssued(String email, String name, String language, String link, Reason reason,
        Instant expiresAt) {

    public enum Reason {
        /** The person asked for it ("forgot password") or the secretariat sent it. */
        RESET,
        /** An imported person without a password is invited to choose one. */
        INVITATION,
        /** Someone tried to sign up with this address, which has an account already. */
        SIGN_UP_EXISTING
    }
}
