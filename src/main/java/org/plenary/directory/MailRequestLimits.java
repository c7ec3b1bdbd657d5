package org.plenary.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.plenary.shared.PlenaryException;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Requests that make the system send a mail to an address someone typed (sign-up, forgotten
 * password) are limited per address and per client within a sliding hour, so nobody can use
 * Plenary to flood a mailbox. The limit counts the typed address whether or not it has an
 * account, so reaching it tells nothing. The client is the servlet's remote address (see
 * {@link LoginThrottle}). Counted per application instance.
 */
@Component
class MailRequestLimits {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final int perAddress;
    private final int perClient;
    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();

    MailRequestLimits(Clock clock, MailRequestProperties props) {
        this.clock = clock;
        this.perAddress = props.perAddressPerHour();
        this.perClient = props.perClientPerHour();
    }

    /** Counts one request, or refuses it (429) when the address or the client has had its share this hour. */
    void acquire(String email, String client) {
        String a = "a|" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        String c = "c|" + (client == null ? "?" : client);
        Instant now = clock.instant();
        synchronized (this) {
            if (count(a, now) >= perAddress || count(c, now) >= perClient) {
                throw new PlenaryException(HttpStatus.TOO_MANY_REQUESTS, "account.tooManyMailRequests");
            }
            requests.computeIfAbsent(a, k -> new ArrayDeque<>()).addLast(now);
            requests.computeIfAbsent(c, k -> new ArrayDeque<>()).addLast(now);
        }
    }

    /** Per node on purpose (not a cluster job): it empties this JVM's own counters. */
    @Scheduled(fixedDelayString = "PT5M")
    synchronized void forgetOld() {
        Instant now = clock.instant();
        requests.keySet().removeIf(k -> count(k, now) == 0);
    }

    private int count(String key, Instant now) {
        Deque<Instant> q = requests.get(key);
        if (q == null) {
            return 0;
        }
        Instant cutoff = now.minus(WINDOW);
        while (!q.isEmpty() && !q.peekFirst().isAfter(cutoff)) {
            q.removeFirst();
        }
        return q.size();
    }
}
