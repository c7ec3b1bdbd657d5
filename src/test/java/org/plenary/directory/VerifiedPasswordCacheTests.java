package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.plenary.support.MutableClock;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTests {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final VerifiedPasswordCache cache = new VerifiedPasswordCache(counting, clock, Duration.ofMinutes(5), 2);

    @Test
    void aVerifiedPasswordIsNotHashedAgainUntilItExpires() {
        String hash = cache.encode("right-password-1");
        assertThat(cache.matches("right-password-1", hash)).isTrue();
        assertThat(cache.matches("right-password-1", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);
        clock.advance(Duration.ofMinutes(6));
        assertThat(cache.matches("right-password-1", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreAlwaysCheckedAndNeverRemembered() {
        String hash = cache.encode("right-password-1");
        cache.matches("right-password-1", hash);
        assertThat(cache.matches("wrong-password", hash)).isFalse();
        assertThat(cache.matches("wrong-password", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void aNewHashAfterAPasswordChangeIsVerifiedAfresh() {
        String old = cache.encode("right-password-1");
        cache.matches("right-password-1", old);
        String changed = cache.encode("another-password-2");
        assertThat(cache.matches("right-password-1", changed)).isFalse();
        assertThat(cache.matches("another-password-2", changed)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void keepsAtMostItsLimit() {
        for (int i = 0; i < 5; i++) {
            String p = "password-number-" + i;
            cache.matches(p, cache.encode(p));
        }
        assertThat(cache.size()).isEqualTo(2);
    }
}
