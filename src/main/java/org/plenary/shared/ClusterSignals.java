package org.plenary.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node of the installation that something changed, through PostgreSQL's
 * {@code NOTIFY}: a module {@linkplain #send sends} a topic and an optional key (a session's or
 * meeting's id, never personal data) and {@linkplain #on handles} the topic on every node, its own
 * included. Inside a transaction the signals are sent in one statement just before the commit, so
 * PostgreSQL delivers them when (and only if) the change commits; identical signals of one
 * transaction are sent once. {@link SignalListener} receives them on one dedicated connection per node.
 *
 * <p>A handler runs on the listener's thread and must be quick (hand longer work to its own thread).
 * It receives {@code null} as key after the listener reconnected: signals may have been missed, so
 * it treats everything of its topic as changed. Each payload names the node that sent it (a random
 * id per start), so that a handler which already acted at its own commit hears only the other nodes
 * ({@link #onOtherNodes}); a payload without a node (an operator's {@code NOTIFY}) counts as another node's.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    /** The one PostgreSQL channel; the payload is {@code topic} or {@code topic:key}. */
    static final String CHANNEL = "plenary_signals";
    /** Separates the sending node's id from {@code topic} or {@code topic:key} in a payload. */
    static final char NODE_SEPARATOR = '@';
    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,29}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final JdbcTemplate jdbc;
    private final SignalListener listener;
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> otherNodesHandlers = new ConcurrentHashMap<>();
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final HintSender hints = new HintSender(this::publish);

    ClusterSignals(DataSource dataSource, ClusterProperties props) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.listener = new SignalListener(dataSource, CHANNEL, props.reconnectDelay(), this::dispatch, this::resync);
    }

    /** Handles the topic's signals on this node; the key is {@code null} when anything may have changed. */
    public void on(String topic, Consumer<String> handler) {
        handlers.computeIfAbsent(requireTopic(topic), t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /**
     * Handles the topic's signals sent by other nodes only, for a handler that already acted at its own
     * node's commit (its own echo would repeat that work); it still hears {@code null} after a reconnection.
     */
    public void onOtherNodes(String topic, Consumer<String> handler) {
        otherNodesHandlers.computeIfAbsent(requireTopic(topic), t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Signals the topic to every node: at the commit of the current transaction, or now without one. */
    public void send(String topic, String key) {
        queue(payload(topic, key), false);
    }

    /**
     * Signals the topic to every node soon after the current transaction commits (now without one), for
     * wake-ups that the receiver also finds on its own schedule (the outbox): sent from a thread of its
     * own, many transactions' hints folded into one {@code NOTIFY}, and nothing when the transaction
     * rolls back. Not in the transaction, because PostgreSQL lets only one transaction that notified
     * commit at a time (it holds a global lock through the commit's flush to disk): a signal in every
     * registration made registrations commit one by one (issue 15).
     */
    public void hint(String topic) {
        queue(payload(topic, null), true);
    }

    private void queue(String topicAndKey, boolean hint) {
        String payload = topicAndKey + NODE_SEPARATOR + node;
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            if (hint) {
                hints.queue(Set.of(payload));
            } else {
                publish(Set.of(payload));
            }
            return;
        }
        Batch batch = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(s -> s instanceof Batch b && b.owner == this && b.hint == hint).map(Batch.class::cast)
                .findFirst().orElseGet(() -> {
                    Batch b = new Batch(this, hint);
                    TransactionSynchronizationManager.registerSynchronization(b);
                    return b;
                });
        batch.payloads.add(payload);
    }

    /**
     * The signals of one transaction, sent just before it commits (the hints: queued after it
     * committed), each once. Kept as its synchronization (not as a bound resource), so that a
     * transaction started inside it (requires-new) has its own.
     */
    private static final class Batch implements TransactionSynchronization {
        private final ClusterSignals owner;
        private final boolean hint;
        private final Set<String> payloads = new LinkedHashSet<>();

        Batch(ClusterSignals owner, boolean hint) {
            this.owner = owner;
            this.hint = hint;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!hint) {
                owner.publish(payloads);
            }
        }

        @Override
        public void afterCommit() {
            if (hint) {
                owner.hints.queue(payloads);
            }
        }
    }

    /** Whether the listener holds its connection and listens now. */
    public boolean listening() {
        return listener.listening();
    }

    private void publish(Set<String> payloads) {
        if (payloads.isEmpty()) {
            return;
        }
        jdbc.queryForList("select pg_notify(?, p) from unnest(?::text[]) p", CHANNEL,
                (Object) payloads.toArray(String[]::new));
    }

    static String payload(String topic, String key) {
        requireTopic(topic);
        if (key == null) {
            return topic;
        }
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A signal's key is an id: letters, digits and '-'");
        }
        return topic + ":" + key;
    }

    private static String requireTopic(String topic) {
        if (topic == null || !TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("A signal's topic is lower-case letters, digits and '-'");
        }
        return topic;
    }

    /** One received payload to the topic's handlers; anything malformed is dropped. */
    void dispatch(String received) {
        int at = received.lastIndexOf(NODE_SEPARATOR);
        boolean mine = at >= 0 && received.substring(at + 1).equals(node);
        String payload = at < 0 ? received : received.substring(0, at);
        int colon = payload.indexOf(':');
        String topic = colon < 0 ? payload : payload.substring(0, colon);
        String key = colon < 0 ? null : payload.substring(colon + 1);
        if (!TOPIC.matcher(topic).matches() || (key != null && !KEY.matcher(key).matches())) {
            return;
        }
        handlers.getOrDefault(topic, List.of()).forEach(h -> SignalListener.quietly(() -> h.accept(key)));
        if (!mine) {
            otherNodesHandlers.getOrDefault(topic, List.of())
                    .forEach(h -> SignalListener.quietly(() -> h.accept(key)));
        }
    }

    private void resync() {
        for (Map<String, List<Consumer<String>>> all : List.of(handlers, otherNodesHandlers)) {
            all.values().forEach(list -> list.forEach(h -> SignalListener.quietly(() -> h.accept(null))));
        }
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isAlive();
    }

    /** Started early and stopped late, so that other components' signals at start and stop are delivered. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE / 2;
    }
}
