package org.plenary.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched its stored hash, so that an API client
 * sending HTTP Basic on every request pays bcrypt once, not per request (bcrypt made an
 * authenticated GET as slow as a 1 MB upload). The key is a SHA-256 of the stored hash and the
 * password: a changed password has a new hash and is verified afresh. Only successes are kept,
 * at most {@code maxEntries}, so failed guesses still cost bcrypt and still count in the throttle.
 */
class VerifiedPasswordCache implements PasswordEncoder {

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final Duration ttl;
    private final int maxEntries;
    private final Map<String, Instant> verified;

    VerifiedPasswordCache(PasswordEncoder delegate, Clock clock, Duration ttl, int maxEntries) {
        this.delegate = delegate;
        this.clock = clock;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.verified = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > VerifiedPasswordCache.this.maxEntries;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        Instant now = clock.instant();
        synchronized (verified) {
            Instant until = verified.get(key);
            if (until != null && now.isBefore(until)) {
                return true;
            }
            verified.remove(key);
        }
        boolean ok = delegate.matches(rawPassword, encodedPassword);
        if (ok) {
            synchronized (verified) {
                verified.put(key, now.plus(ttl));
            }
        }
        return ok;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    int size() {
        synchronized (verified) {
            return verified.size();
        }
    }

    private static String key(CharSequence raw, String encoded) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(encoded.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(raw.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
