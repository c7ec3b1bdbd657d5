package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.SignUpRequested;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The confirmation link of a self-service sign-up, in the language the person chose. */
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
        Object[] args = {e.name(), e.confirmationLink()};
        outbox.enqueue(e.email(), locale, messages.getMessage("mail.signup.subject", args, locale),
                messages.getMessage("mail.signup.body", args, locale));
    }
}
