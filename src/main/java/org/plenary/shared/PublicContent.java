package org.plenary.shared;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of everything public pages show. Every write of public content (a meeting, its
 * agenda, time plan and practical information, a study group, rooms, screens, a published plan)
 * calls {@link #changed()}; inside a transaction the version moves once it commits, so a reader
 * who took the old version read the old rows, and the next reader renders afresh.
 */
@Component
public class PublicContent {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    public void changed() {
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
