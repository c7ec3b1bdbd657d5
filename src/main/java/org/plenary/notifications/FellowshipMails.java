package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.fellowships.FellowshipDecided;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the applicant, in their language, that the secretariat awarded or declined their fellowship. */
@Component
class FellowshipMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;

    FellowshipMails(Outbox outbox, MessageSource messages, AccountManagement accounts) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
    }

    @EventListener
    void on(FellowshipDecided e) {
        Account to = accounts.find(e.account()).orElseThrow();
        Locale l = Languages.locale(to.preferredLanguage());
        String key = e.awarded() ? "fellowship.mail.awarded" : "fellowship.mail.declined";
        Object[] args = {to.name(), e.meetingTitle().in(l), e.meetingCode(),
                messages.getMessage(e.kind().messageKey(), null, l), e.reason() == null ? "" : e.reason()};
        outbox.enqueue(to.email(), l, messages.getMessage(key + ".subject", args, l),
                messages.getMessage(key + ".body", args, l));
    }
}
