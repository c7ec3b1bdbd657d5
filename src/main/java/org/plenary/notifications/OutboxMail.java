package org.plenary.notifications;

import java.time.Instant;

/** One queued mail and how its delivery went so far. */
public record OutboxMail(long id, String recipient, String language, String subject, String body, Instant createdAt,
        int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {

    public boolean sent() {
        return sentAt != null;
    }
}
