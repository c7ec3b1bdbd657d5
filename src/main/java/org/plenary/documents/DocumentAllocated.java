package org.plenary.documents;

import java.time.Instant;
import java.util.List;

import org.plenary.directory.AccountId;

/**
 * Published inside the allocating transaction: the document's Questions now, those the allocation
 * added (whose watchers hear of it) and who allocated it.
 */
public record DocumentAllocated(DocumentId document, String reference, int studyGroup, String title, String source,
        boolean isPublic, List<Integer> questions, List<Integer> addedQuestions, AccountId by, Instant at) {

    public DocumentAllocated {
        questions = List.copyOf(questions);
        addedQuestions = List.copyOf(addedQuestions);
    }

    static DocumentAllocated of(Document d, List<Integer> added, AccountId by, Instant at) {
        return new DocumentAllocated(d.id(), d.reference(), d.studyGroup(), d.title(), d.source(), d.isPublic(),
                d.questions(), added, by, at);
    }
}
