package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.plenary.directory.AccountId;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.Officers;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading documents: a meeting's list and search, one document and its history, a Question's
 * feed, downloads and zips. Every path asks {@link DocumentAccess} (L-DOC-4).
 */
@Service
public class DocumentReading {

    /** At most this many documents in one zip download. */
    public static final int MAX_ZIP_DOCUMENTS = 500;

    private static final Pattern REFERENCE = Pattern.compile("SG(\\d{1,3})-(C|TD)(\\d{1,6})(?:-R\\d{1,3})?");

    private final Documents documents;
    private final MeetingManagement meetings;
    private final BlobStore blobs;
    private final DocumentAccess access;
    private final Officers officers;

    DocumentReading(Documents documents, MeetingManagement meetings, BlobStore blobs, DocumentAccess access,
            Officers officers) {
        this.documents = documents;
        this.meetings = meetings;
        this.blobs = blobs;
        this.access = access;
        this.officers = officers;
    }

    /** A file to send: the document, which version, and its bytes (read when sent, ranges from their offset). */
    public record Download(Document document, Document.Version version, Resource content) {
    }

    /** A meeting's documents, filtered or searched: for those who may read its members-only documents. */
    @PreAuthorize("isAuthenticated()")
    public List<Document> list(String meetingCode, DocumentFilter filter) {
        Meeting m = meetings.get(meetingCode);
        access.requireMeeting(m.id(), m.studyGroup());
        return documents.list(m.id(), filter == null ? DocumentFilter.all() : filter);
    }

    /**
     * A meeting's documents as its list page shows them: all matching ones for those who read its
     * members-only documents, the public ones for everyone else (anonymous visitors included).
     *
     * @param complete whether members-only documents are included
     */
    public record Listing(List<Document> documents, boolean complete, Paging.Page page) {
    }

    /** The page's list, one page at a time: no login needed, the members-only documents only for their readers (L-DOC-4). */
    public Listing listing(String meetingCode, DocumentFilter filter, Paging paging) {
        Meeting m = meetings.get(meetingCode);
        boolean complete = access.reader().readsMeeting(m.id(), m.studyGroup());
        Documents.Found found = documents.page(m.id(), filter == null ? DocumentFilter.all() : filter, !complete,
                paging);
        return new Listing(found.documents(), complete, paging.of(found.total()));
    }

    /** One page of {@link #list}, with the total across pages. */
    @PreAuthorize("isAuthenticated()")
    public Listing page(String meetingCode, DocumentFilter filter, Paging paging) {
        Meeting m = meetings.get(meetingCode);
        access.requireMeeting(m.id(), m.studyGroup());
        Documents.Found found = documents.page(m.id(), filter == null ? DocumentFilter.all() : filter, false, paging);
        return new Listing(found.documents(), true, paging.of(found.total()));
    }

    /**
     * The meeting's document carrying a reference such as "SG12-TD360" or "SG12-TD360-R1" (the
     * revision suffix is ignored: the document's page shows its current revision).
     */
    public Document byReference(String meetingCode, String reference) {
        Meeting m = meetings.get(meetingCode);
        Matcher mt = reference == null ? null : REFERENCE.matcher(reference);
        if (mt == null || !mt.matches() || Integer.parseInt(mt.group(1)) != m.studyGroup()) {
            throw PlenaryException.notFound("documents.notFound");
        }
        DocumentFilter f = new DocumentFilter(DocumentKind.valueOf(mt.group(2)), null, null, null, null, null, null,
                null, null, null);
        int number = Integer.parseInt(mt.group(3));
        return documents.list(m.id(), f).stream().filter(d -> d.number() == number).findFirst()
                .orElseThrow(() -> PlenaryException.notFound("documents.notFound"));
    }

    /**
     * One document, if the caller may read it (L-DOC-4, {@link DocumentAccess}): a public one for
     * anyone, anonymous visitors included; officers' own steps use it too.
     */
    public Document get(DocumentId id) {
        Document d = documents.byId(id).orElseThrow(() -> PlenaryException.notFound("documents.notFound"));
        access.require(d);
        return d;
    }

    public List<DocumentEvent> history(DocumentId id) {
        get(id);
        return documents.events(id);
    }

    /** The same for a document the caller holds already (the one it just submitted): not read again. */
    List<DocumentEvent> history(Document d) {
        access.require(d);
        return documents.events(d.id());
    }

    /** The newest documents concerning a Question, for its Atom feed. */
    @PreAuthorize("isAuthenticated()")
    public List<Document> forQuestion(int studyGroup, int question, int limit) {
        meetings.studyGroup(studyGroup).question(question)
                .orElseThrow(() -> PlenaryException.notFound("question.notFound", question, studyGroup));
        return access.readable(studyGroup,
                documents.byQuestion(studyGroup, question, Math.max(1, Math.min(limit, 200))));
    }

    /**
     * L-DOC-4: downloads for those who may read the document ({@link DocumentAccess}), or for
     * anyone when the secretariat made it public. No method-security annotation: a public document
     * needs no login.
     */
    public Download download(DocumentId id, Integer revision) {
        Document d = documents.byId(id).orElseThrow(() -> PlenaryException.notFound("documents.notFound"));
        access.require(d);
        Document.Version v = revision == null ? d.latest() : d.revision(revision);
        if (v == null) {
            throw PlenaryException.notFound("documents.revisionNotFound", revision);
        }
        return new Download(d, v, new BlobResource(blobs, v.sha256(), v.size()));
    }

    /** The selected documents of the meeting for a zip download; refuses unknown ones before anything is sent. */
    @PreAuthorize("isAuthenticated()")
    public List<Document> zipSelection(String meetingCode, List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            throw PlenaryException.invalid("documents.zipEmpty");
        }
        Set<UUID> wanted = new HashSet<>(ids);
        if (wanted.size() > MAX_ZIP_DOCUMENTS) {
            throw PlenaryException.invalid("documents.zipTooMany", MAX_ZIP_DOCUMENTS);
        }
        Meeting m = meetings.get(meetingCode);
        access.requireMeeting(m.id(), m.studyGroup());
        List<Document> selected = documents.list(m.id(), new DocumentFilter(null, null, null,
                null, null, null, null, null, null, List.copyOf(wanted)));
        if (selected.size() != wanted.size()) {
            throw PlenaryException.notFound("documents.notFound");
        }
        return selected;
    }

    /** The latest version of each document in one zip, each named by its reference ("SG12-TD360-R1.docx"). */
    void writeZip(List<Document> selected, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Document d : selected) {
                Document.Version v = d.latest();
                zip.putNextEntry(new ZipEntry(d.downloadName(v)));
                try (InputStream in = blobs.open(v.sha256())) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }

    /** Relevant written contributions of an organisation for a meeting (L-FEL-5, active participation). */
    public long contributionsOf(MeetingId meeting, OrganisationId organisation) {
        return documents.countBySource(meeting, organisation.value());
    }

    /** The documents the caller submitted to the meeting, withdrawn ones included (their own page says so). */
    @PreAuthorize("isAuthenticated()")
    public List<Document> mine(MeetingId meeting) {
        return documents.bySubmitter(meeting, CurrentUser.require().accountId());
    }

    /** How many contributions the account submitted to the meeting (withdrawn ones not counted). */
    public long contributionCount(MeetingId meeting, AccountId account) {
        return documents.count(meeting, account, DocumentKind.C);
    }

    /** The caller, when they are an officer of the readable document's meeting; refuses anyone else. */
    PlenaryPrincipal requireOfficer(DocumentId id) {
        PlenaryPrincipal me = CurrentUser.require();
        Document d = get(id);
        if (!officers.isOfficer(d.meeting())) {
            throw PlenaryException.forbidden("documents.notOfficer");
        }
        return me;
    }
}
