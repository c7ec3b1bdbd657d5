package org.plenary.directory;

import java.time.Duration;

import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.login.*}: failed logins before growing delays start ({@link LoginThrottle}).
 *
 * @param memory how long a key is remembered after its last failure
 * @param freeFailuresPerClient failures one client may have on all addresses
 * @param freeFailuresPerClientAndAddress failures one client may have on one address
 * @param freeFailuresPerAddress failures one address may have from all clients
 */
@Validated
@ConfigurationProperties("plenary.login")
record LoginProperties(@DefaultValue("PT1H") @DurationMin(seconds = 1) Duration memory,
        @DefaultValue("5") @Positive int freeFailuresPerClientAndAddress,
        @DefaultValue("30") @Positive int freeFailuresPerClient, @DefaultValue("50") @Positive int freeFailuresPerAddress) {
}
