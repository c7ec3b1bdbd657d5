package org.plenary.directory;

import java.util.UUID;

public record AccountId(UUID value) {

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
