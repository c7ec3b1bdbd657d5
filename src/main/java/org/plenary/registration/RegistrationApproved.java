package org.plenary.registration;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/** Published when a registration becomes approved (by a focal point, the secretariat, or automatically). */
public record RegistrationApproved(RegistrationId id, MeetingId meeting, AccountId account, Instant at) {
}
