package org.plenary.fellowships;

import java.time.Instant;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published inside the deciding transaction when the secretariat awards or declines an
 * application: with the meeting's code and title, so that the applicant's mail needs no reload.
 * {@code reason} is the secretariat's reason for a decline, {@code null} for an award.
 */
public record FellowshipDecided(UUID application, MeetingId meeting, String meetingCode, LocalizedText meetingTitle,
        AccountId account, FellowshipKind kind, boolean awarded, String reason, Instant at) {
}
