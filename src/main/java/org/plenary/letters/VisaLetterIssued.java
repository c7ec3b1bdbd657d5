package org.plenary.letters;

import java.time.Instant;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/** Published when the secretariat issues a visa-support letter; the delegate gets a mail with its link. */
public record VisaLetterIssued(UUID letter, UUID registration, MeetingId meeting, AccountId account, Instant at) {
}
