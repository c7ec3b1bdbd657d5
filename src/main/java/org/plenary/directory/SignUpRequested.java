package org.plenary.directory;

/** Someone asked for an account: the notifications module mails them the confirmation link. */
public record SignUpRequested(String email, String name, String language, String confirmationLink) {
}
