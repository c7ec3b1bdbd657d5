package org.plenary.remote;

import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.LocalizedText;

/**
 * Published when the chair's side grants or refuses a remote participation request; carries the
 * meeting's code and title and the session's title for the mail (no listener reloads the meeting).
 */
public record RemoteRequestDecided(UUID requestId, MeetingId meeting, String meetingCode, LocalizedText meetingTitle,
        AccountId account, String sessionTitle, boolean granted) {
}
