package org.plenary.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;

/**
 * A numbered document of a meeting with all its file versions (revision 0 first). The number is
 * given once, at acceptance, and kept for good, also when the document is withdrawn.
 */
public record Document(DocumentId id, MeetingId meeting, int studyGroup, String studyPeriod, DocumentKind kind,
        int number, String series, String title, String abstractText, String source, List<UUID> sourceOrganisations,
        String contact, List<String> contactEmails, AccountId submittedBy, String proposedAgendaItem,
        List<Integer> questions, List<Integer> workingParties, List<String> agendaItems, boolean needsTranslation,
        DocumentMark mark, DocumentStatus status, String revisedBy, boolean late, LateDecision lateDecision,
        boolean isPublic, Instant submittedAt, List<Version> versions, long version) {

    /** One uploaded file; revision 0 is the original, 1 is "-R1" and so on. */
    public record Version(int revision, String sha256, String fileName, DocumentFormat format, long size,
            AccountId uploadedBy, Instant uploadedAt) {
    }

    /** "SG12-C5", "SG12-TD360" (X-DOC-8). */
    public String reference() {
        return reference(studyGroup, kind, number);
    }

    static String reference(int studyGroup, DocumentKind kind, int number) {
        return referencePrefix(studyGroup, kind) + number;
    }

    /** A reference without its number: "SG12-TD". */
    static String referencePrefix(int studyGroup, DocumentKind kind) {
        return "SG" + studyGroup + "-" + kind.name();
    }

    /** The same document with the number the counter gave it at acceptance. */
    Document withNumber(int n) {
        return new Document(id, meeting, studyGroup, studyPeriod, kind, n, series, title, abstractText, source,
                sourceOrganisations, contact, contactEmails, submittedBy, proposedAgendaItem, questions,
                workingParties, agendaItems, needsTranslation, mark, status, revisedBy, late, lateDecision, isPublic,
                submittedAt, versions, version);
    }

    /** The reference of the latest revision: "SG12-TD360-R2", or the plain reference before any revision. */
    public String currentReference() {
        int r = latest().revision();
        return r == 0 ? reference() : reference() + "-R" + r;
    }

    public Version latest() {
        return versions.get(versions.size() - 1);
    }

    public Version revision(int revision) {
        return versions.stream().filter(v -> v.revision() == revision).findFirst().orElse(null);
    }

    /** Whether a late contribution has been kept off this meeting (held, or not considered). */
    public boolean keptOffAgenda() {
        return late && lateDecision != LateDecision.ADMITTED && lateDecision != LateDecision.CONSIDERED;
    }

    /** The name under which the file is downloaded: "SG12-TD360-R1.docx". */
    public String downloadName(Version v) {
        return (v.revision() == 0 ? reference() : reference() + "-R" + v.revision()) + "." + v.format().extension();
    }
}
