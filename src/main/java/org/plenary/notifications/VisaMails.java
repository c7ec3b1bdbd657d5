package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.AccountManagement;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Languages;
import org.plenary.visas.VisaLetterIssued;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the delegate, in their language, that their visa-support letter is issued, with its absolute
 * link; the event carries the meeting's code and title.
 */
@Component
class VisaMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final BaseUrl baseUrl;

    VisaMails(Outbox outbox, MessageSource messages, AccountManagement accounts, BaseUrl baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(VisaLetterIssued e) {
        accounts.find(e.account()).ifPresent(a -> {
            Locale locale = Languages.locale(a.preferredLanguage());
            Object[] args = {e.meetingCode(), e.meetingTitle().in(locale), a.name(),
                    baseUrl.of("/visa-letters/" + e.registration() + ".pdf"),
                    baseUrl.of("/meetings/" + e.meetingCode() + "/visa")};
            outbox.enqueue(a.email(), locale, messages.getMessage("mail.visaIssued.subject", args, locale),
                    messages.getMessage("mail.visaIssued.body", args, locale));
        });
    }
}
