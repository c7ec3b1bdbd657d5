package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plenary.support.MutableClock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.BadCredentialsException;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15));

    private void fail(String email) {
        throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "guess"), new BadCredentialsException("x")));
    }

    @Test
    void locksAfterFiveFailuresWithinTheWindowAndUnlocksAfterIt() {
        for (int i = 0; i < 4; i++) {
            fail("A@example.org");
        }
        assertThat(throttle.isLocked("a@example.org")).isFalse();
        fail("a@example.org ");
        assertThat(throttle.isLocked("a@example.org")).as("the address counts however it is written").isTrue();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.isLocked("a@example.org")).isFalse();
    }

    @Test
    void guessesAtManyAddressesAreForgottenOnceTheWindowHasPassed() {
        for (int i = 0; i < 1000; i++) {
            fail("nobody" + i + "@example.org");
        }
        throttle.forgetOldFailures();
        assertThat(throttle.trackedAddresses()).isEqualTo(1000);
        clock.advance(Duration.ofMinutes(16));
        throttle.forgetOldFailures();
        assertThat(throttle.trackedAddresses()).isZero();
    }
}
