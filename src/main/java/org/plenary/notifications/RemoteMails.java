package org.plenary.notifications;

import java.util.Locale;

import org.plenary.directory.AccountManagement;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.remote.RemoteRequestDecided;
import org.plenary.shared.Languages;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a participant, in their language, that their remote participation request was granted or refused. */
@Component
class RemoteMails {

    private final Outbox outbox;
    private final MessageSource messages;
    private final AccountManagement accounts;
    private final MeetingManagement meetings;

    RemoteMails(Outbox outbox, MessageSource messages, AccountManagement accounts, MeetingManagement meetings) {
        this.outbox = outbox;
        this.messages = messages;
        this.accounts = accounts;
        this.meetings = meetings;
    }

    @EventListener
    void on(RemoteRequestDecided e) {
        Meeting m = meetings.get(e.meeting());
        accounts.find(e.account()).ifPresent(a -> {
            Locale locale = Languages.locale(a.preferredLanguage());
            String key = e.granted() ? "remote.mail.granted" : "remote.mail.refused";
            Object[] args = {m.code(), m.title().in(locale), a.name(), e.sessionTitle(), "/remote/meetings/" + m.code()};
            outbox.enqueue(a.email(), locale, messages.getMessage(key + ".subject", args, locale),
                    messages.getMessage(key + ".body", args, locale));
        });
    }
}
