package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.PasswordLinkIssued;
import org.plenary.directory.SignUpRequested;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mails with links to confirm an address or set a password. They go only to the address the link
 * is for, carry only links the directory built from the configured base URL, and never repeat
 * text a requester typed (a password mail greets by the name the directory holds).
 */
@Component
class SignUpMails {

    private final Outbox outbox;
    private final MessageSource messages;

    SignUpMails(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @EventListener
    void on(SignUpRequested e) {
        Locale locale = Languages.locale(e.language());
        Object[] args = {e.confirmationLink()};
        outbox.enqueue(e.email(), locale, messages.getMessage("mail.signupConfirm.subject", args, locale),
                messages.getMessage("mail.signupConfirm.body", args, locale));
    }

    @EventListener
    void on(PasswordLinkIssued e) {
        Locale locale = Languages.locale(e.language());
        String key = switch (e.reason()) {
            case RESET -> "mail.passwordReset";
            case INVITATION -> "mail.invitation";
            case SIGN_UP_EXISTING -> "mail.signupExisting";
        };
        Object[] args = {e.name(), e.link()};
        outbox.enqueue(e.email(), locale, messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
    }
}
