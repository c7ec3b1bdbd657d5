package org.plenary.directory;

/**
 * Someone asked for an account with a new address: the notifications module mails it the
 * confirmation link. No name: the requester typed it, and a mail to a stranger must not carry it.
 */
public record SignUpRequested(String email, String language, String confirmationLink) {
}
