package org.plenary.remote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.remote.*}: remote participation.
 *
 * @param providerUrl the conference link, with {@code {session}} and {@code {token}} filled in
 * @param joinEarlyMinutes how many minutes before a session its join link opens
 * @param joinLateMinutes how many minutes after a session's end its join link still works
 * @param live the live updates (SSE) of the chair's console
 */
@Validated
@ConfigurationProperties("plenary.remote")
record RemoteProperties(@DefaultValue("https://meet.jit.si/plenary-{session}?jwt={token}") @NotBlank String providerUrl,
        @DefaultValue("15") @PositiveOrZero long joinEarlyMinutes, @DefaultValue("0") @PositiveOrZero long joinLateMinutes,
        @DefaultValue @Valid Live live) {

    /**
     * @param perPerson streams one person may hold (a new one closes their oldest)
     * @param max streams the instance holds at most (beyond: 503, pages poll instead)
     */
    record Live(@DefaultValue("5") @Positive int perPerson, @DefaultValue("2000") @Positive int max) {
    }
}
