package org.plenary.documents;

import static org.plenary.documents.DocumentChecks.checkStructure;
import static org.plenary.documents.DocumentChecks.distinct;
import static org.plenary.documents.DocumentChecks.emails;
import static org.plenary.documents.DocumentChecks.required;
import static org.plenary.documents.DocumentChecks.series;
import static org.plenary.documents.DocumentChecks.text;
import static org.plenary.shared.Strings.blankToNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSummary;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.meetings.Officers;
import org.plenary.meetings.StudyGroup;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submitting documents: contributions (Direct Document Submission), TDs and TD revisions. A submission is acknowledged (the method returns) only after the
 * file's bytes are durable in the blob store and the row holding its number is committed; any
 * failure in between leaves at most unreferenced bytes, which {@link OrphanCleanup} removes.
 */
@Service
public class Submissions {


    private final Documents documents;
    private final MeetingManagement meetings;
    private final Eligibility eligibility;
    private final ContentInspector inspector;
    private final Spool spool;
    private final BlobStore blobs;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Officers officers;
    private final DocumentReading reading;
    private final DocumentAllocation allocation;
    private final CoSources coSources;
    private final LateContributions late;
    private final Clock clock;

    Submissions(Documents documents, MeetingManagement meetings, Eligibility eligibility,
            ContentInspector inspector, Spool spool, BlobStore blobs, TransactionTemplate tx,
            ApplicationEventPublisher events, Officers officers, DocumentReading reading, DocumentAllocation allocation,
            CoSources coSources,
            LateContributions late, Clock clock) {
        this.documents = documents;
        this.meetings = meetings;
        this.eligibility = eligibility;
        this.inspector = inspector;
        this.spool = spool;
        this.blobs = blobs;
        this.tx = tx;
        this.events = events;
        this.officers = officers;
        this.reading = reading;
        this.allocation = allocation;
        this.coSources = coSources;
        this.late = late;
        this.clock = clock;
    }

    /** An uploaded file as the client named it. */
    public record Upload(String fileName, InputStream content) {
    }

    /** The Direct Document Submission form. */
    public record ContributionForm(String title, List<UUID> coSources, String contact, List<String> contactEmails,
            List<Integer> questions, List<Integer> workingParties, String proposedAgendaItem, String abstractText,
            boolean needsTranslation, boolean late) {
    }

    /** The TD template's fields. */
    public record TdForm(String title, String series, String source, String contact, List<Integer> questions,
            List<Integer> workingParties, String proposedAgendaItem, String abstractText, DocumentMark mark) {
    }

    // ---- submission -------------------------------------------------------------------------

    /**
     * Why the caller may not submit a contribution to the meeting now (the same rules as
     * submitting), so that the form is not offered to someone whose typing would be refused.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<PlenaryException> contributionRefusal(String meetingCode) {
        try {
            eligibility.check(meetings.get(meetingCode), CurrentUser.require().accountId(), List.of());
            return Optional.empty();
        } catch (PlenaryException e) {
            return Optional.of(e);
        }
    }

    @PreAuthorize("isAuthenticated()")
    public Document submitContribution(String meetingCode, ContributionForm f, Upload file) {
        PlenaryPrincipal me = CurrentUser.require();
        Meeting m = meetings.get(meetingCode);
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        String title = required(f.title(), "documents.titleRequired", 500);
        checkStructure(sg, () -> m, f.questions(), f.workingParties(), f.proposedAgendaItem());
        List<String> emails = emails(f.contactEmails());
        Eligibility.Sources sources = eligibility.check(m, me.accountId(), f.coSources());
        late.check(m, f.needsTranslation(), f.late()); // refuse early, before the bytes are read
        return store(file, me.accountId(), (version, now) -> {
            boolean late = this.late.check(m, f.needsTranslation(), f.late()); // decided at acceptance
            Document unnumbered = new Document(DocumentId.random(), m.id(), sg.number(), sg.studyPeriod(),
                    DocumentKind.C, 0, null, title, text(f.abstractText()), sources.names(), sources.ids(),
                    text(f.contact()), emails, me.accountId(), blankToNull(f.proposedAgendaItem()),
                    distinct(f.questions()), distinct(f.workingParties()), List.of(), f.needsTranslation(), null,
                    DocumentStatus.SUBMITTED, null, late, late ? LateDecision.HELD_FOR_NEXT_MEETING : null, false, now,
                    List.of(version), 0);
            Document d = unnumbered.withNumber(
                    documents.insertNumbered(unnumbered, version, late ? "SUBMITTED_LATE" : "SUBMITTED", ""));
            coSources.record(d, me.accountId());
            events.publishEvent(DocumentSubmitted.of(d, now));
            return d;
        });
    }

    @OfficerOfMeeting
    public Document submitTd(String meetingCode, TdForm f, Upload file) {
        PlenaryPrincipal me = CurrentUser.require();
        MeetingSummary m = meetings.summary(meetingCode); // the agenda only when an item is proposed (issue 15)
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        String title = required(f.title(), "documents.titleRequired", 500);
        String source = required(f.source(), "documents.sourceRequired", 2000);
        String series = series(sg, f.series());
        checkStructure(sg, () -> meetings.get(m.id()), f.questions(), f.workingParties(), f.proposedAgendaItem());
        return store(file, me.accountId(), (version, now) -> {
            Document unnumbered = new Document(DocumentId.random(), m.id(), sg.number(), sg.studyPeriod(),
                    DocumentKind.TD, 0, series, title, text(f.abstractText()), source, List.of(), text(f.contact()),
                    List.of(), me.accountId(), blankToNull(f.proposedAgendaItem()), distinct(f.questions()),
                    distinct(f.workingParties()), List.of(), false, null, DocumentStatus.SUBMITTED, null, false,
                    null, false, now, List.of(version), 0);
            Document d = unnumbered.withNumber(
                    documents.insertNumbered(unnumbered, version, "SUBMITTED", " " + series));
            events.publishEvent(DocumentSubmitted.of(d, now));
            if (f.mark() != null) {
                allocation.moveMark(d, f.mark(), me.accountId(), now);
                return reading.get(d.id());
            }
            return d;
        });
    }

    /** A new revision of a TD (TD360-R1, -R2 …); every earlier version stays downloadable. */
    @PreAuthorize("isAuthenticated()")
    public Document revise(DocumentId id, Upload file) {
        PlenaryPrincipal me = CurrentUser.require();
        Document d = reading.get(id);
        if (d.kind() != DocumentKind.TD) {
            throw PlenaryException.invalid("documents.onlyTdRevised");
        }
        if (!officers.isOfficer(d.meeting()) && !d.submittedBy().equals(me.accountId())) {
            throw PlenaryException.forbidden("documents.notOfficer");
        }
        if (d.status() == DocumentStatus.WITHDRAWN) {
            throw PlenaryException.conflict("documents.withdrawn", d.reference());
        }
        return store(file, me.accountId(), (version, now) -> {
            documents.lock(id);
            Document current = reading.get(id);
            Document.Version v = new Document.Version(current.latest().revision() + 1, version.sha256(),
                    version.fileName(), version.format(), version.size(), version.uploadedBy(), version.uploadedAt());
            documents.insertVersion(id, v);
            documents.event(id, now, me.accountId(), "REVISION", current.reference() + "-R" + v.revision());
            Document revised = reading.get(id);
            if (revised.mark() != null) {
                allocation.recordMark(revised, revised.mark());
            }
            return revised;
        });
    }

    private interface Acceptance {
        Document accept(Document.Version version, Instant now);
    }

    private Document store(Upload file, AccountId uploader, Acceptance acceptance) {
        if (file == null || file.content() == null) {
            throw PlenaryException.invalid("documents.fileRequired");
        }
        ContentInspector.checkFileName(file.fileName());
        try (Spool.Spooled spooled = spool.write(file.content())) {
            DocumentFormat format = inspector.inspect(spooled.path(), file.fileName(), spooled.size());
            blobs.put(spooled.path(), spooled.sha256());
            return tx.execute(status -> {
                documents.guardBytesShared(spooled.sha256());
                if (!blobExists(spooled.sha256())) {
                    // the cleanup took bytes it judged orphaned just before this acceptance: refuse, never
                    // acknowledge a document without its bytes
                    throw new IllegalStateException("stored bytes vanished before acceptance: " + spooled.sha256());
                }
                Instant now = clock.instant();
                return acceptance.accept(new Document.Version(0, spooled.sha256(), file.fileName().strip(), format,
                        spooled.size(), uploader, now), now);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean blobExists(String sha256) {
        try {
            return blobs.exists(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
