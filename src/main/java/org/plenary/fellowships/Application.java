package org.plenary.fellowships;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;

/** A fellowship application for one meeting. */
public record Application(UUID id, MeetingId meeting, AccountId account, UUID registration,
        OrganisationId organisation, String country, FellowshipKind kind, boolean specificNeeds, String needsNote,
        String gender, Status status, BigDecimal cost, int financialYear, Instant appliedAt, Instant decidedAt,
        AccountId decidedBy, String reason) {

    public enum Status {
        APPLIED, AWARDED, DECLINED, WITHDRAWN;

        public String messageKey() {
            return "fellowship.status." + name();
        }

        /** Whether the secretariat decided it, so that a decision letter exists. */
        public boolean decided() {
            return this == AWARDED || this == DECLINED;
        }
    }
}
