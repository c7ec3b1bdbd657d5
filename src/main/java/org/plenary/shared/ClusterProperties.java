package org.plenary.shared;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.cluster.*}: how the nodes of one installation tell each other about changes
 * ({@link ClusterSignals}, PostgreSQL {@code LISTEN/NOTIFY}).
 *
 * @param reconnectDelay pause before the signal listener reconnects after losing its connection
 */
@Validated
@ConfigurationProperties("plenary.cluster")
record ClusterProperties(@DefaultValue("PT2S") @NotNull @DurationMin(millis = 100) Duration reconnectDelay) {
}
