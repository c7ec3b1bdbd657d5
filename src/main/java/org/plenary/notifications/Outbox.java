package org.plenary.notifications;

import java.time.Clock;
import java.util.Locale;

import org.plenary.shared.ClusterSignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail: one row, written by one insert in the caller's transaction (so it is sent if and only
 * if the change commits, and a reader in the same transaction already sees it); {@link OutboxWorker}
 * sends it through Spring Mail with retries and backoff. Soon after the commit the worker of every node
 * is woken ({@link OutboxWake}, a {@link ClusterSignals#hint hint}: not a signal inside the transaction,
 * which would make such transactions commit one at a time); one of them claims the row.
 *
 * <p>Not batched until commit: a mail queued by a listener that runs after the batch was written (an
 * after-commit callback) would be lost without a word, and a test could no longer see that the mail
 * belongs to the deciding transaction. One insert per mail costs a statement each (issue 15 measured
 * it below the noise of a registration).
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
        mails.insert(new OutboxMails.New(to.strip(), language == null ? "en" : language.getLanguage(),
                subject, body, clock.instant()));
        signals.hint(OutboxWake.TOPIC);
    }
}
