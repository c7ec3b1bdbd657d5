package org.plenary.notifications;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.plenary.shared.ClusterSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A queued mail wakes the outbox worker of every node at once instead of at its next scheduled run:
 * {@link Outbox} hints topic {@code outbox} when the queuing transaction has committed
 * ({@link ClusterSignals#hint}), and each node runs one extra round on a thread of its own; wake-ups
 * that arrive meanwhile fold into it. Only where the worker runs on its own schedule.
 */
@Component
class OutboxWake {

    static final String TOPIC = "outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxWake.class);

    private final OutboxWorker worker;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "plenary-outbox-wake");
        t.setDaemon(true);
        return t;
    });

    OutboxWake(OutboxWorker worker, ClusterSignals signals) {
        this.worker = worker;
        signals.on(TOPIC, key -> wake());
    }

    private void wake() {
        if (worker.scheduled() && queued.compareAndSet(false, true)) {
            thread.execute(() -> {
                queued.set(false);
                try {
                    worker.sendDue();
                } catch (RuntimeException e) {
                    log.warn("Outbox round after a wake-up failed: {}", e.getMessage());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}
