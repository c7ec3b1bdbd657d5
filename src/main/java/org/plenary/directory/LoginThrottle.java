package org.plenary.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing with growing delays, never with a lockout a stranger can cause.
 * Failed logins are counted three ways: per client and address together, per client (one
 * machine trying many addresses), and per address (many machines trying one). Past a number of
 * free failures, each key must wait 1 s, 2 s, 4 s … (capped) after its last failure before the
 * next attempt is even checked. The pair and the client reach long delays; the address alone
 * only a short one, so an attacker elsewhere can slow the owner of an address by a minute at
 * most. Unknown addresses are counted exactly like existing ones, so the answer tells nothing.
 * The client is the servlet's remote address: behind a reverse proxy the operator configures
 * {@code server.forward-headers-strategy} so that it is the real client; a forwarded header is
 * never read here. Counted per application instance; a key is forgotten {@code memory} after its
 * last failure.
 */
@Component
class LoginThrottle {

    /** How many failures a key may have before delays start, and the longest delay. */
    record Policy(int freeFailures, Duration maxDelay) {
    }

    private final Clock clock;
    private final Duration memory;
    private final Policy pair;
    private final Policy client;
    private final Policy address;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(Clock clock, LoginProperties props) {
        this(clock, props.memory(), new Policy(props.freeFailuresPerClientAndAddress(), Duration.ofMinutes(15)),
                new Policy(props.freeFailuresPerClient(), Duration.ofMinutes(15)),
                new Policy(props.freeFailuresPerAddress(), Duration.ofMinutes(1)));
    }

    LoginThrottle(Clock clock, Duration memory, Policy pair, Policy client, Policy address) {
        this.clock = clock;
        this.memory = memory;
        this.pair = pair;
        this.client = client;
        this.address = address;
    }

    /** How long this client must still wait before a login for this address is checked; zero if not. */
    Duration waitBefore(String email, String clientKey) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        wait = max(wait, waitFor("p|" + client(clientKey) + "|" + key(email), pair, now));
        wait = max(wait, waitFor("c|" + client(clientKey), client, now));
        return max(wait, waitFor("a|" + key(email), address, now));
    }

    void failed(String email, String clientKey) {
        Instant now = clock.instant();
        record("p|" + client(clientKey) + "|" + key(email), now);
        record("c|" + client(clientKey), now);
        record("a|" + key(email), now);
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), clientOf(event.getAuthentication()));
    }

    /** The right password from a client ends that client's delays for that address (not the others). */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove("p|" + client(clientOf(event.getAuthentication())) + "|" + key(event.getAuthentication().getName()));
    }

    /**
     * Forgets keys whose last failure is older than the memory, so guesses cannot grow the map without end.
     * Per node on purpose (Spring's {@code @Scheduled}, not a cluster job): it cleans this JVM's own map.
     */
    @Scheduled(fixedDelayString = "PT5M")
    void forgetOldFailures() {
        Instant cutoff = clock.instant().minus(memory);
        failures.values().removeIf(f -> f.last().isBefore(cutoff));
    }

    int trackedKeys() {
        return failures.size();
    }

    static String clientOf(Authentication auth) {
        return auth != null && auth.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    private Duration waitFor(String key, Policy policy, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.last().isBefore(now.minus(memory)) || f.count() < policy.freeFailures()) {
            return Duration.ZERO;
        }
        int over = Math.min(f.count() - policy.freeFailures(), 20);
        Duration delay = Duration.ofSeconds(1L << over);
        if (delay.compareTo(policy.maxDelay()) > 0) {
            delay = policy.maxDelay();
        }
        Instant until = f.last().plus(delay);
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, f) -> f == null || f.last().isBefore(now.minus(memory)) ? new Failures(1, now)
                : new Failures(f.count() + 1, now));
    }

    private record Failures(int count, Instant last) {
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String client(String clientKey) {
        return clientKey == null ? "?" : clientKey;
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
