package org.plenary.notifications;

import java.util.List;

import org.springframework.stereotype.Service;

/** Reading the outbox: the secretariat's page and tests. */
@Service
public class OutboxQueries {

    private final OutboxMails mails;

    OutboxQueries(OutboxMails mails) {
        this.mails = mails;
    }

    /** Mails to one address, oldest first. */
    public List<OutboxMail> to(String recipient) {
        return mails.to(recipient);
    }

    public List<OutboxMail> recent(boolean pendingOnly, int limit) {
        return mails.recent(pendingOnly, limit);
    }

    public long pending() {
        return mails.pending();
    }

    /** Unsent mails whose last attempt failed: the control room's "outbox failures". */
    public long failing() {
        return mails.failing();
    }
}
