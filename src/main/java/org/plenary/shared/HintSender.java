package org.plenary.shared;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ClusterSignals#hint hints} from a thread of its own, outside any request's transaction:
 * hints queued while a send is under way fold into the next send (each payload once), so a busy node
 * sends a few {@code NOTIFY}s a second however many transactions asked for one.
 */
final class HintSender {

    private static final Logger log = LoggerFactory.getLogger(HintSender.class);

    private final Consumer<Set<String>> publish;
    private final Set<String> pending = new LinkedHashSet<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** At most one thread, ended when idle: never shut down, so that a stopped and restarted context keeps it. */
    private final ExecutorService thread = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "plenary-signal-hints");
                t.setDaemon(true);
                return t;
            });

    HintSender(Consumer<Set<String>> publish) {
        this.publish = publish;
    }

    void queue(Set<String> payloads) {
        synchronized (pending) {
            pending.addAll(payloads);
        }
        if (scheduled.compareAndSet(false, true)) {
            try {
                thread.execute(this::sendPending);
            } catch (RuntimeException e) {
                scheduled.set(false);
                throw e;
            }
        }
    }

    private void sendPending() {
        scheduled.set(false);
        Set<String> batch;
        synchronized (pending) {
            batch = Set.copyOf(pending);
            pending.clear();
        }
        try {
            publish.accept(batch);
        } catch (RuntimeException e) {
            log.warn("Signal hints {} not sent: {}", batch, e.getMessage());
        }
    }
}
