package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/**
 * Published when a registration stops holding: the delegate withdrew it ({@code WITHDRAWN}) or the
 * secretariat cancelled it ({@code CANCELLED}). Modules holding requests that depend on it (visa
 * letters, fellowships) withdraw them in the same transaction.
 */
public record RegistrationWithdrawn(RegistrationId id, MeetingId meeting, AccountId account, RegistrationStatus status,
        Instant at) {
}
