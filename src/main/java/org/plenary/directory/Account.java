package org.plenary.directory;

import java.time.Instant;
import java.util.Set;

/** A person who can log in; the password hash never leaves the module. */
public record Account(AccountId id, String email, String name, String preferredLanguage, Set<Role> roles,
        boolean enabled, boolean mustChangePassword, Instant createdAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
