package org.plenary.documents;

import java.time.Instant;
import java.util.List;

/** A document as the API shows it to members (no contact e-mail addresses). */
record DocumentView(String id, String reference, String currentReference, String meeting, DocumentKind kind,
        int number, String series, String title, String abstractText, String source, String contact,
        List<Integer> questions, List<Integer> workingParties, List<String> agendaItems, String proposedAgendaItem,
        boolean needsTranslation, DocumentMark mark, DocumentStatus status, String revisedBy, boolean late,
        LateDecision lateDecision, boolean isPublic, Instant submittedAt, List<VersionView> versions,
        List<DocumentEvent> history, List<CoSourceView> coSources) {

    /** A co-signing organisation; unconfirmed until its focal point or the secretariat confirms. */
    record CoSourceView(String organisation, String name, boolean confirmed) {
    }

    record VersionView(int revision, String reference, String fileName, DocumentFormat format, long size,
            String sha256, Instant uploadedAt, String href) {
    }

    static DocumentView of(Document d, String meetingCode, List<DocumentEvent> history,
            List<CoSources.CoSource> coSources) {
        return new DocumentView(d.id().toString(), d.reference(), d.currentReference(), meetingCode, d.kind(),
                d.number(), d.series(), d.title(), d.abstractText(), d.source(), d.contact(), d.questions(),
                d.workingParties(), d.agendaItems(), d.proposedAgendaItem(), d.needsTranslation(), d.mark(),
                d.status(), d.revisedBy(), d.late(), d.lateDecision(), d.isPublic(), d.submittedAt(),
                d.versions().stream().map(v -> new VersionView(v.revision(),
                        v.revision() == 0 ? d.reference() : d.reference() + "-R" + v.revision(), v.fileName(),
                        v.format(), v.size(), v.sha256(), v.uploadedAt(),
                        "/api/v1/documents/" + d.id() + "/file?revision=" + v.revision())).toList(),
                history, coSources.stream().map(c -> new CoSourceView(c.organisation().value().toString(), c.name(),
                        c.confirmed())).toList());
    }
}
