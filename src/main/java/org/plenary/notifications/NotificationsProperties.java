package org.plenary.notifications;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.notifications.*}: how the outbox sends its mails ({@link OutboxWorker}).
 *
 * @param baseBackoff the wait after a first failure (doubled after each further one)
 * @param maxBackoff the longest wait between two attempts
 * @param from the sender address of every mail
 * @param worker the scheduled sending
 */
@Validated
@ConfigurationProperties("plenary.notifications")
record NotificationsProperties(@DefaultValue("PT30S") @DurationMin(seconds = 1) Duration baseBackoff,
        @DefaultValue("PT1H") @DurationMin(seconds = 1) Duration maxBackoff,
        @DefaultValue("noreply@plenary.local") @NotBlank @Email String from, @DefaultValue @Valid Worker worker) {

    /**
     * @param enabled send due mails on a schedule (tests drive the worker themselves)
     * @param interval the pause between two runs
     */
    record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("PT10S") @DurationMin(millis = 100) Duration interval) {
    }
}
