package org.plenary.meetings;

import java.util.UUID;

public record MeetingId(UUID value) {

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
