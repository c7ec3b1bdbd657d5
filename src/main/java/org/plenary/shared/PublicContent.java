package org.plenary.shared;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of everything public pages show. Every write of public content (a meeting, its
 * agenda, time plan and practical information, a study group, rooms, screens, a published plan)
 * calls {@link #changed()}; inside a transaction the version moves once it commits, so a reader
 * who took the old version read the old rows, and the next reader renders afresh. Other nodes
 * learn of the change through {@link ClusterSignals} (topic {@code public}, delivered at the
 * same commit) and move their own version too, so no node keeps serving the old page.
 */
@Component
public class PublicContent {

    static final String TOPIC = "public";

    private final AtomicLong version = new AtomicLong();
    private final ClusterSignals signals;

    PublicContent(ClusterSignals signals) {
        this.signals = signals;
        signals.on(TOPIC, key -> version.incrementAndGet());
    }

    public long version() {
        return version.get();
    }

    public void changed() {
        signals.send(TOPIC, null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.incrementAndGet();
                }
            });
        } else {
            version.incrementAndGet();
        }
    }
}
