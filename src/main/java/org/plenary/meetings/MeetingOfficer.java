package org.plenary.meetings;

import java.util.UUID;

/**
 * One officer role held at a meeting.
 *
 * @param workingParty the working party's number, for a {@link OfficerRole#WP_CHAIR} only
 * @param question the Question's number, for a {@link OfficerRole#RAPPORTEUR} only
 */
public record MeetingOfficer(UUID account, OfficerRole role, Integer workingParty, Integer question) {
}
