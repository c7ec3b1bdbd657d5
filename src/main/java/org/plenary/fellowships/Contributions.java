package org.plenary.fellowships;

import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;

/**
 * How many relevant contributions an organisation submitted for a meeting (criterion of L-FEL-5).
 * {@link DocumentContributions} counts them from the documents module.
 */
public interface Contributions {

    int count(MeetingId meeting, OrganisationId organisation);
}
