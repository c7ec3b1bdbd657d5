package org.plenary.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/** A test that moves the shared clock and leaves it there does not move it for the next test. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegrationTestExtensionTests {

    @Autowired
    MutableClock clock;

    @Test
    @Order(1)
    void aTestMovesTheClockAndForgetsToSetItBack() {
        clock.set(Instant.parse("2031-07-01T00:00:00Z"));
    }

    @Test
    @Order(2)
    void theNextTestStartsAtTheSharedStart() {
        assertThat(clock.instant()).isEqualTo(TestClockConfig.START);
    }
}
