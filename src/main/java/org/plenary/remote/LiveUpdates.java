package org.plenary.remote;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events to the open consoles of a session. The state itself is in PostgreSQL; this
 * only tells the browsers of this instance to fetch it again ("changed"), after the change commits.
 * Several instances would each notify their own browsers only: the pages also refresh every
 * 30 seconds as a fallback.
 */
@Component
class LiveUpdates implements SmartLifecycle {

    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private final Map<UUID, Set<SseEmitter>> emitters = new ConcurrentHashMap<>();
    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /** Ends the open streams before the web server's graceful shutdown waits for running requests. */
    @Override
    public void stop() {
        running = false;
        emitters.values().forEach(set -> set.forEach(SseEmitter::complete));
        emitters.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    SseEmitter subscribe(UUID session) {
        SseEmitter e = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> set = emitters.computeIfAbsent(session, k -> ConcurrentHashMap.newKeySet());
        set.add(e);
        Runnable remove = () -> set.remove(e);
        e.onCompletion(remove);
        e.onTimeout(remove);
        e.onError(t -> remove.run());
        try {
            e.send(SseEmitter.event().comment("connected"));
        } catch (IOException ex) {
            remove.run();
        }
        return e;
    }

    int listeners(UUID session) {
        return emitters.getOrDefault(session, Set.of()).size();
    }

    /** Tells the session's browsers to reload their view, once the current transaction has committed. */
    void changed(UUID session) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(session);
                }
            });
        } else {
            send(session);
        }
    }

    private void send(UUID session) {
        for (SseEmitter e : emitters.getOrDefault(session, Set.of())) {
            try {
                e.send(SseEmitter.event().name("changed").data("changed"));
            } catch (IOException | IllegalStateException ex) {
                emitters.getOrDefault(session, Set.of()).remove(e);
            }
        }
    }
}
