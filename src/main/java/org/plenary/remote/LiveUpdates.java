package org.plenary.remote;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.plenary.shared.ClusterSignals;
import org.plenary.shared.PlenaryException;

import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events to the open consoles of a session. The state itself is in PostgreSQL; this
 * only tells the browsers to fetch it again ("changed"), after the change commits. The change goes to
 * every node through {@link ClusterSignals} (topic {@code console}, the session's id), and each node
 * tells the browsers connected to it; the pages also refresh every 30 seconds as a fallback.
 *
 * <p>Each open stream holds a connection: one person keeps at most {@code plenary.remote.live.per-person}
 * (a new one closes that person's oldest), and the instance at most {@code plenary.remote.live.max}
 * (beyond it a new stream is refused with 503; the page then refreshes by itself).
 */
@Component
class LiveUpdates implements SmartLifecycle {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final String TOPIC = "console";

    private final Map<UUID, Set<SseEmitter>> emitters = new ConcurrentHashMap<>();
    private final Map<String, Deque<Stream>> byPerson = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private volatile int perPerson;
    private volatile int max;
    private volatile boolean running;
    private final ClusterSignals signals;

    LiveUpdates(RemoteProperties props, ClusterSignals signals) {
        limits(props.live().perPerson(), props.live().max());
        this.signals = signals;
        signals.on(TOPIC, key -> {
            if (key == null) {
                emitters.keySet().forEach(this::send);
            } else {
                send(UUID.fromString(key));
            }
        });
    }

    /** Changes the limits at run time (tests); returns the previous ones. */
    int[] limits(int perPerson, int max) {
        int[] previous = {this.perPerson, this.max};
        this.perPerson = Math.max(1, perPerson);
        this.max = Math.max(1, max);
        return previous;
    }

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
        byPerson.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** A new stream of the session's changes for this person; refused when the instance holds too many. */
    SseEmitter subscribe(UUID session, String person) {
        if (open.incrementAndGet() > max) {
            open.decrementAndGet();
            throw new PlenaryException(HttpStatus.SERVICE_UNAVAILABLE, "remote.live.busy");
        }
        SseEmitter e = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> set = emitters.computeIfAbsent(session, k -> ConcurrentHashMap.newKeySet());
        set.add(e);
        Deque<Stream> mine = byPerson.computeIfAbsent(person, k -> new ConcurrentLinkedDeque<>());
        AtomicBoolean removed = new AtomicBoolean();
        Stream stream = new Stream(e, () -> {
            if (removed.compareAndSet(false, true)) {
                set.remove(e);
                open.decrementAndGet();
            }
        });
        Runnable remove = () -> {
            mine.remove(stream);
            stream.forget().run();
        };
        mine.addLast(stream);
        while (mine.size() > perPerson) {
            Stream oldest = mine.pollFirst();
            if (oldest != null && oldest != stream) {
                oldest.forget().run();
                oldest.emitter().complete();
            }
        }
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

    private record Stream(SseEmitter emitter, Runnable forget) {
    }

    /** Streams open on this instance now. */
    int open() {
        return open.get();
    }

    /** Streams this person holds open now. */
    int streams(String person) {
        return byPerson.getOrDefault(person, new ArrayDeque<>()).size();
    }

    int listeners(UUID session) {
        return emitters.getOrDefault(session, Set.of()).size();
    }

    /** Tells the session's browsers on every node to reload their view, once the current transaction has committed. */
    void changed(UUID session) {
        signals.send(TOPIC, session.toString());
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
