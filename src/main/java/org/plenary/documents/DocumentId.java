package org.plenary.documents;

import java.util.UUID;

public record DocumentId(UUID value) {

    public static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
