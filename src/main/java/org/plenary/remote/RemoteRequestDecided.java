package org.plenary.remote;

import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/** Published when the chair's side grants or refuses a remote participation request. */
public record RemoteRequestDecided(UUID requestId, MeetingId meeting, AccountId account, String sessionTitle,
        boolean granted) {
}
