package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;

/** One recorded change of a registration's status: who, when, from, to, why. */
public record Transition(Instant at, AccountId actor, RegistrationStatus from, RegistrationStatus to, String reason) {
}
