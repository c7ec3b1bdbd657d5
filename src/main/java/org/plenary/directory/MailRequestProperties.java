package org.plenary.directory;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.mail-requests.*}: sign-up and password-reset mails within a sliding hour ({@link MailRequestLimits}).
 *
 * @param perAddressPerHour mails one address may be sent
 * @param perClientPerHour mails one client may ask for
 */
@Validated
@ConfigurationProperties("plenary.mail-requests")
record MailRequestProperties(@DefaultValue("3") @Positive int perAddressPerHour,
        @DefaultValue("20") @Positive int perClientPerHour) {
}
