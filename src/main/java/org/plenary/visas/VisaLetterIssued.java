package org.plenary.visas;

import java.time.Instant;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published when the secretariat issues a visa-support letter; the delegate gets a mail with its
 * link. It carries the meeting's code and title so that the listener reloads no meeting.
 */
public record VisaLetterIssued(UUID letter, UUID registration, MeetingId meeting, String meetingCode,
        LocalizedText meetingTitle, AccountId account, Instant at) {
}
