package org.plenary.remote;

import java.time.Instant;
import java.util.UUID;

/** A person's request to take part remotely in one session (L-RP-2), and the decision on it. */
public record RemoteRequest(UUID id, UUID meetingId, UUID sessionId, UUID accountId, Instant requestedAt,
        Status status, UUID decidedBy, Instant decidedAt) {

    public enum Status {
        REQUESTED, GRANTED, REFUSED
    }
}
