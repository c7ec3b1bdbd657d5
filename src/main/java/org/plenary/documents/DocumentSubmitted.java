package org.plenary.documents;

import java.time.Instant;
import java.util.List;

import org.plenary.directory.AccountId;

/**
 * Published inside the accepting transaction when a contribution or a TD got its number: what
 * the receipt and the notices to the watchers of its Questions say, so that no listener reads the
 * document or its meeting again. {@code contactEmails} are as the submitter typed them.
 */
public record DocumentSubmitted(DocumentId document, DocumentKind kind, String reference, int studyGroup,
        String title, String source, boolean isPublic, boolean late, List<String> contactEmails,
        List<Integer> questions, AccountId submitter, Instant at) {

    public DocumentSubmitted {
        contactEmails = List.copyOf(contactEmails);
        questions = List.copyOf(questions);
    }

    static DocumentSubmitted of(Document d, Instant at) {
        return new DocumentSubmitted(d.id(), d.kind(), d.reference(), d.studyGroup(), d.title(), d.source(),
                d.isPublic(), d.late(), d.contactEmails(), d.questions(), d.submittedBy(), at);
    }
}
