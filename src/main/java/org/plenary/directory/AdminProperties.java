package org.plenary.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.admin.*}: the first secretariat account, created on the first start.
 *
 * @param email its address
 * @param password its password; empty: a one-time password is printed to the log
 */
@Validated
@ConfigurationProperties("plenary.admin")
record AdminProperties(@DefaultValue("secretariat@plenary.local") @NotBlank @Email String email,
        @DefaultValue("") String password) {
}
