package org.plenary.notifications;

import java.time.Clock;
import java.util.Locale;

import org.plenary.shared.ClusterSignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail: one row written in the caller's transaction (so it is sent if and only if the
 * change commits); {@link OutboxWorker} sends it through Spring Mail with retries and backoff. The
 * commit wakes the worker of every node ({@link OutboxWake}); one of them
 * claims the row.
 */
@Service
class Outbox {

    private final OutboxMails mails;
    private final Clock clock;
    private final ClusterSignals signals;

    Outbox(OutboxMails mails, Clock clock, ClusterSignals signals) {
        this.mails = mails;
        this.clock = clock;
        this.signals = signals;
    }

    @Transactional
    void enqueue(String to, Locale language, String subject, String body) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("A mail needs a recipient");
        }
        mails.insert(to.strip(), language == null ? "en" : language.getLanguage(), subject, body, clock.instant());
        signals.send(OutboxWake.TOPIC, null);
    }
}
