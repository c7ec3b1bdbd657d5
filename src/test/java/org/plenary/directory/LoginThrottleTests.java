package org.plenary.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.plenary.support.MutableClock;

/** The throttle as a unit, with its own clock: growing delays per client, never a lockout by strangers. */
class LoginThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, new LoginProperties(Duration.ofHours(1), 5, 30, 50));

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    @Test
    void twentyWrongGuessesFromOneClientNeverStopTheOwnerOnAnotherClient() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("secretariat@plenary.local", ATTACKER);
        }
        assertThat(throttle.waitBefore("secretariat@plenary.local", OWNER)).isZero();
        assertThat(throttle.waitBefore("Secretariat@Plenary.local ", ATTACKER)).as("the attacker waits, "
                + "however the address is written").isPositive();
    }

    @Test
    void delaysGrowWithEachFailureAndEndAtTheCap() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBefore("a@example.org", ATTACKER)).as("free failure %d", i).isZero();
            throttle.failed("a@example.org", ATTACKER);
        }
        assertThat(throttle.waitBefore("a@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("a@example.org", ATTACKER);
        assertThat(throttle.waitBefore("a@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("a@example.org", ATTACKER);
        assertThat(throttle.waitBefore("a@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(4));
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.waitBefore("a@example.org", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("a@example.org", ATTACKER)).isZero();
        for (int i = 0; i < 40; i++) {
            throttle.failed("a@example.org", ATTACKER);
        }
        assertThat(throttle.waitBefore("a@example.org", ATTACKER)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void manyClientsGuessingOneAddressSlowItsOwnerByAMinuteAtMost() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("chair@example.org", "10.0." + i / 250 + "." + i % 250);
        }
        assertThat(throttle.waitBefore("chair@example.org", OWNER)).isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void oneClientGuessingManyAddressesIsSlowedForEveryAddress() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("person" + i + "@example.org", ATTACKER);
        }
        assertThat(throttle.waitBefore("someone-else@example.org", ATTACKER)).isPositive();
        assertThat(throttle.waitBefore("someone-else@example.org", OWNER)).isZero();
    }

    @Test
    void guessesAreForgottenOnceTheMemoryHasPassed() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("nobody" + i + "@example.org", ATTACKER);
        }
        throttle.forgetOldFailures();
        assertThat(throttle.trackedKeys()).isEqualTo(2001);
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.waitBefore("nobody1@example.org", ATTACKER)).isZero();
        throttle.forgetOldFailures();
        assertThat(throttle.trackedKeys()).isZero();
    }
}
