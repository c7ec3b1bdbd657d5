package org.plenary.scheduling;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.scheduling.*}: the time-plan solver.
 *
 * @param solveSeconds how long one solver run may search
 */
@Validated
@ConfigurationProperties("plenary.scheduling")
record SchedulingProperties(@DefaultValue("10") @Positive long solveSeconds) {
}
