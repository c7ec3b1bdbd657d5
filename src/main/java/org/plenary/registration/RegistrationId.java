package org.plenary.registration;

import java.util.UUID;

public record RegistrationId(UUID value) {

    public static RegistrationId random() {
        return new RegistrationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
