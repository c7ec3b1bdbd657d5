package org.plenary.fellowships;

import org.plenary.directory.OrganisationId;
import org.plenary.documents.DocumentReading;
import org.plenary.meetings.MeetingId;
import org.springframework.stereotype.Component;

/** L-FEL-5 "active participation": the contributions the applicant's organisation (co-)signed for the meeting. */
@Component
class DocumentContributions implements Contributions {

    private final DocumentReading documents;

    DocumentContributions(DocumentReading documents) {
        this.documents = documents;
    }

    @Override
    public int count(MeetingId meeting, OrganisationId organisation) {
        return (int) Math.min(Integer.MAX_VALUE, documents.contributionsOf(meeting, organisation));
    }
}
