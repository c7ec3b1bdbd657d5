package org.plenary.remote;

import java.time.Instant;
import java.util.UUID;

import org.plenary.directory.ItuRegion;

/**
 * One person's presence in one session: in the room or connected remotely.
 *
 * @param country ISO code of the organisation's country, null for international organisations
 * @param region the country's ITU region, null without a country
 */
public record AttendanceRow(UUID sessionId, UUID accountId, String name, String organisation, String country,
        ItuRegion region, String gender, boolean inRoom, Instant firstSeen) {
}
