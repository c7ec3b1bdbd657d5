package org.plenary.fellowships;

import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;

/**
 * How many relevant contributions an organisation submitted for a meeting (criterion of L-FEL-5).
 * The documents module provides it; until a bean exists, the proposal counts none and says so.
 */
public interface Contributions {

    int count(MeetingId meeting, OrganisationId organisation);
}
