package org.plenary.directory;

import java.io.Serializable;
import java.util.UUID;

/** Serializable: it travels inside the logged-in principal stored in the session table. */
public record AccountId(UUID value) implements Serializable {

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
