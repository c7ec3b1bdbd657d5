package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.AccountManagement;
import org.plenary.letters.VisaLetterIssued;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the delegate, in their language, that their visa-support letter is issued, with its absolute link. */
@Component
class VisaMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final MeetingManagement meetings;
    private final BaseUrl baseUrl;

    VisaMails(Outbox outbox, MessageSource messages, AccountManagement accounts, MeetingManagement meetings,
            BaseUrl baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.meetings = meetings;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(VisaLetterIssued e) {
        Meeting m = meetings.get(e.meeting());
        accounts.find(e.account()).ifPresent(a -> {
            Locale locale = Languages.locale(a.preferredLanguage());
            Object[] args = {m.code(), m.title().in(locale), a.name(),
                    baseUrl.of("/visa-letters/" + e.registration() + ".pdf"),
                    baseUrl.of("/meetings/" + m.code() + "/visa")};
            outbox.enqueue(a.email(), locale, messages.getMessage("mail.visaIssued.subject", args, locale),
                    messages.getMessage("mail.visaIssued.body", args, locale));
        });
    }
}
