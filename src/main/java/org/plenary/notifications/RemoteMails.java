package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.AccountManagement;
import org.plenary.remote.RemoteRequestDecided;
import org.plenary.shared.BaseUrl;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells a participant, in their language, that their remote participation request was granted or
 * refused, with the absolute link to the meeting's remote participation page; the event carries the
 * meeting's code and title.
 */
@Component
class RemoteMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final BaseUrl baseUrl;

    RemoteMails(Outbox outbox, MessageSource messages, AccountManagement accounts, BaseUrl baseUrl) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    @EventListener
    void on(RemoteRequestDecided e) {
        accounts.find(e.account()).ifPresent(a -> {
            Locale locale = Languages.locale(a.preferredLanguage());
            String key = e.granted() ? "remote.mail.granted" : "remote.mail.refused";
            Object[] args = {e.meetingCode(), e.meetingTitle().in(locale), a.name(), e.sessionTitle(),
                    baseUrl.of("/remote/meetings/" + e.meetingCode())};
            outbox.enqueue(a.email(), locale, messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".body", args, locale));
        });
    }
}
