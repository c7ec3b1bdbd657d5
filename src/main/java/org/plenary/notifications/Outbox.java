package org.plenary.notifications;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.plenary.shared.ClusterSignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a mail: a row written in the caller's transaction (so it is sent if and only if the change
 * commits); {@link OutboxWorker} sends it through Spring Mail with retries and backoff. The mails of
 * one transaction, whichever listeners queued them, are written together just before it commits, in
 * one insert (issue 15: a registration's receipt and the focal points' requests cost one statement,
 * not one each). The commit wakes the worker of every node ({@link OutboxWake}); one of them claims
 * the row.
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
        OutboxMails.New mail = new OutboxMails.New(to.strip(), language == null ? "en" : language.getLanguage(),
                subject, body, clock.instant());
        signals.send(OutboxWake.TOPIC, null);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mails.insert(List.of(mail));
            return;
        }
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Batch b && b.owner == this).map(Batch.class::cast).findFirst()
                .orElseGet(() -> {
                    Batch b = new Batch(this);
                    TransactionSynchronizationManager.registerSynchronization(b);
                    return b;
                });
        batch.mails.add(mail);
    }

    /**
     * The mails of one transaction, inserted just before it commits (a failed insert fails the commit,
     * so the change and its mails stay together). A synchronization, not a bound resource, so that a
     * transaction started inside (requires-new) has its own, as {@link ClusterSignals} does.
     */
    private static final class Batch implements TransactionSynchronization {
        private final Outbox owner;
        private final List<OutboxMails.New> mails = new ArrayList<>();

        Batch(Outbox owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            owner.mails.insert(mails);
        }
    }
}
