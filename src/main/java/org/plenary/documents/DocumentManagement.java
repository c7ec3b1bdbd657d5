package org.plenary.documents;

import static org.plenary.shared.Strings.blankToNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.directory.AccountId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Deadline;
import org.plenary.meetings.DeadlineEngine;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.StudyGroup;
import org.plenary.shared.PlenaryException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents module's API. A submission is acknowledged (the method returns) only after the
 * file's bytes are durable in the blob store and the row holding its number is committed; any
 * failure in between leaves at most unreferenced bytes, which {@link OrphanCleanup} removes.
 */
@Service
public class DocumentManagement {

    private static final Pattern SERIES = Pattern.compile("PLEN|GEN|WP([1-9][0-9]?)");
    private static final Pattern REFERENCE = Pattern.compile("SG(\\d+)-(C|TD)(\\d+)(?:-?R(\\d+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s,;\"]+@[^@\\s,;\"]+$");

    private final Documents documents;
    private final MeetingManagement meetings;
    private final Eligibility eligibility;
    private final ContentInspector inspector;
    private final Spool spool;
    private final BlobStore blobs;
    private final TransactionTemplate tx;
    private final DocumentMails mails;
    private final DocumentAccess access;
    private final DocumentReading reading;
    private final CoSources coSources;
    private final Clock clock;

    DocumentManagement(Documents documents, MeetingManagement meetings, Eligibility eligibility,
            ContentInspector inspector, Spool spool, BlobStore blobs, TransactionTemplate tx, DocumentMails mails,
            DocumentAccess access, DocumentReading reading, CoSources coSources, Clock clock) {
        this.documents = documents;
        this.meetings = meetings;
        this.eligibility = eligibility;
        this.inspector = inspector;
        this.spool = spool;
        this.blobs = blobs;
        this.tx = tx;
        this.mails = mails;
        this.access = access;
        this.reading = reading;
        this.coSources = coSources;
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

    @PreAuthorize("isAuthenticated()")
    public Document submitContribution(String meetingCode, ContributionForm f, Upload file) {
        PlenaryPrincipal me = DocumentAccess.me();
        Meeting m = meetings.get(meetingCode);
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        String title = required(f.title(), "documents.titleRequired", 500);
        checkStructure(sg, m, f.questions(), f.workingParties(), f.proposedAgendaItem());
        List<String> emails = emails(f.contactEmails());
        Eligibility.Sources sources = eligibility.check(m, me.accountId(), f.coSources());
        lateness(m, f); // refuse early, before the bytes are read
        return store(file, me.accountId(), (version, now) -> {
            boolean late = lateness(m, f); // decided at acceptance
            int number = documents.nextNumber(sg.number(), sg.studyPeriod(), DocumentKind.C);
            Document d = new Document(DocumentId.random(), m.id(), sg.number(), sg.studyPeriod(), DocumentKind.C,
                    number, null, title, text(f.abstractText()), sources.names(), sources.ids(),
                    text(f.contact()), emails, me.accountId(), blankToNull(f.proposedAgendaItem()),
                    distinct(f.questions()), distinct(f.workingParties()), List.of(), f.needsTranslation(), null,
                    DocumentStatus.SUBMITTED, null, late, late ? LateDecision.HELD_FOR_NEXT_MEETING : null, false, now,
                    List.of(version), 0);
            documents.insert(d);
            documents.insertVersion(d.id(), version);
            documents.event(d.id(), now, me.accountId(), late ? "SUBMITTED_LATE" : "SUBMITTED", d.reference());
            coSources.record(d, me.accountId());
            mails.received(d, me.accountId());
            mails.newForQuestions(d, d.questions(), me.accountId());
            return d;
        });
    }

    @PreAuthorize("hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#meetingCode, authentication))")
    public Document submitTd(String meetingCode, TdForm f, Upload file) {
        PlenaryPrincipal me = DocumentAccess.me();
        Meeting m = meetings.get(meetingCode);
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        String title = required(f.title(), "documents.titleRequired", 500);
        String source = required(f.source(), "documents.sourceRequired", 2000);
        String series = series(sg, f.series());
        checkStructure(sg, m, f.questions(), f.workingParties(), f.proposedAgendaItem());
        return store(file, me.accountId(), (version, now) -> {
            int number = documents.nextNumber(sg.number(), sg.studyPeriod(), DocumentKind.TD);
            Document d = new Document(DocumentId.random(), m.id(), sg.number(), sg.studyPeriod(), DocumentKind.TD,
                    number, series, title, text(f.abstractText()), source, List.of(), text(f.contact()), List.of(),
                    me.accountId(), blankToNull(f.proposedAgendaItem()), distinct(f.questions()),
                    distinct(f.workingParties()), List.of(), false, null, DocumentStatus.SUBMITTED, null, false,
                    null, false, now, List.of(version), 0);
            documents.insert(d);
            documents.insertVersion(d.id(), version);
            documents.event(d.id(), now, me.accountId(), "SUBMITTED", d.reference() + " " + series);
            mails.newForQuestions(d, d.questions(), me.accountId());
            if (f.mark() != null) {
                moveMark(d, f.mark(), me.accountId(), now);
                return reading.get(d.id());
            }
            return d;
        });
    }

    /** A new revision of a TD (TD360-R1, -R2 …); every earlier version stays downloadable. */
    @PreAuthorize("isAuthenticated()")
    public Document revise(DocumentId id, Upload file) {
        PlenaryPrincipal me = DocumentAccess.me();
        Document d = reading.get(id);
        if (d.kind() != DocumentKind.TD) {
            throw PlenaryException.invalid("documents.onlyTdRevised");
        }
        if (!access.isOfficer(me, d.meeting()) && !d.submittedBy().equals(me.accountId())) {
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
            return reading.get(id);
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

    /** Whether a contribution now is late; refuses what cannot be taken at all. */
    private boolean lateness(Meeting m, ContributionForm f) {
        Instant now = clock.instant();
        Deadline contributions = DeadlineEngine.deadline(m, DeadlineRule.CONTRIBUTIONS);
        Deadline translated = DeadlineEngine.deadline(m, DeadlineRule.TRANSLATED_CONTRIBUTIONS);
        if (f.needsTranslation() && !translated.isOpen(now)) {
            throw PlenaryException.forbidden("documents.translationClosed", when(translated));
        }
        if (contributions.isOpen(now)) {
            return false;
        }
        if (!f.late()) {
            throw PlenaryException.conflict("documents.lateOnly", when(contributions));
        }
        return true;
    }

    /** "27 May 2026 23:59:59 (Europe/Zurich)" in the caller's language (English dates the ITU way). */
    static String when(Deadline d) {
        Locale locale = LocaleContextHolder.getLocale();
        if ("en".equals(locale.getLanguage())) {
            locale = Locale.UK;
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(d.day())
                + " 23:59:59 (" + d.zone().getId() + ")";
    }

    // ---- allocation, statuses, late decisions, publicness -----------------------------------

    /** Agenda item 8: allocate to Questions, working parties and agenda items; a submitted document becomes allocated. */
    @PreAuthorize("isAuthenticated()")
    public Document allocate(DocumentId id, List<Integer> questions, List<Integer> workingParties,
            List<String> agendaItems) {
        PlenaryPrincipal me = reading.requireOfficer(id);
        return tx.execute(s -> {
            documents.lock(id);
            Document d = reading.get(id);
            Meeting m = meetings.get(d.meeting());
            StudyGroup sg = meetings.studyGroup(m.studyGroup());
            List<String> items = agendaItems == null ? List.of() : agendaItems.stream()
                    .filter(i -> i != null && !i.isBlank()).map(String::strip).distinct().toList();
            checkStructure(sg, m, questions, workingParties, null);
            for (String i : items) {
                checkAgendaItem(m, i);
            }
            if (d.status() == DocumentStatus.WITHDRAWN) {
                throw PlenaryException.conflict("documents.withdrawn", d.reference());
            }
            if (d.keptOffAgenda()) {
                throw PlenaryException.conflict("documents.lateNotAdmitted", d.reference());
            }
            DocumentStatus status = d.status() == DocumentStatus.SUBMITTED ? DocumentStatus.ALLOCATED : d.status();
            List<Integer> qs = distinct(questions);
            Document next = with(d, qs, distinct(workingParties), items, status, d.revisedBy(), d.lateDecision(),
                    d.isPublic(), d.mark());
            save(next);
            Instant now = clock.instant();
            documents.event(id, now, me.accountId(), "ALLOCATED", "questions=" + qs + " wps=" + next.workingParties()
                    + " items=" + items);
            if (status != d.status()) {
                documents.event(id, now, me.accountId(), "STATUS", status.name());
            }
            Set<Integer> added = new LinkedHashSet<>(qs);
            added.removeAll(d.questions());
            mails.newForQuestions(next, List.copyOf(added), me.accountId());
            return reading.get(id);
        });
    }

    @PreAuthorize("isAuthenticated()")
    public Document changeStatus(DocumentId id, DocumentStatus status, String revisedBy) {
        PlenaryPrincipal me = reading.requireOfficer(id);
        return tx.execute(s -> {
            documents.lock(id);
            Document d = reading.get(id);
            if (status == null || !d.status().next().contains(status)) {
                throw PlenaryException.conflict("documents.statusNotAllowed", d.status(), status);
            }
            if (status != DocumentStatus.WITHDRAWN && d.keptOffAgenda()) {
                throw PlenaryException.conflict("documents.lateNotAdmitted", d.reference());
            }
            String link = null;
            if (status == DocumentStatus.REVISED) {
                link = resolveRevision(d, revisedBy);
            }
            save(with(d, d.questions(), d.workingParties(), d.agendaItems(), status, link, d.lateDecision(),
                    d.isPublic(), d.mark()));
            documents.event(id, clock.instant(), me.accountId(), "STATUS",
                    link == null ? status.name() : status.name() + " → " + link);
            return reading.get(id);
        });
    }

    /** X-DOC-4: admitted by the secretariat, then considered or not by the meeting; each step recorded. */
    @PreAuthorize("isAuthenticated()")
    public Document decideLate(DocumentId id, LateDecision decision, String note) {
        PlenaryPrincipal me = reading.requireOfficer(id);
        if (decision != null && decision.secretariatOnly() && !me.has(Role.SECRETARIAT)) {
            throw PlenaryException.forbidden("documents.secretariatOnly");
        }
        return tx.execute(s -> {
            documents.lock(id);
            Document d = reading.get(id);
            if (!d.late()) {
                throw PlenaryException.conflict("documents.notLate", d.reference());
            }
            if (decision == null || !d.lateDecision().next().contains(decision)) {
                throw PlenaryException.conflict("documents.lateDecisionNotAllowed", d.lateDecision(), decision);
            }
            save(with(d, d.questions(), d.workingParties(), d.agendaItems(), d.status(), d.revisedBy(), decision,
                    d.isPublic(), d.mark()));
            documents.event(id, clock.instant(), me.accountId(), "LATE_" + decision.name(),
                    note == null ? "" : note.strip());
            return reading.get(id);
        });
    }

    /** L-DOC-4: the secretariat may make a document public (downloadable without an account). */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Document setPublic(DocumentId id, boolean isPublic) {
        PlenaryPrincipal me = DocumentAccess.me();
        return tx.execute(s -> {
            documents.lock(id);
            Document d = reading.get(id);
            save(with(d, d.questions(), d.workingParties(), d.agendaItems(), d.status(), d.revisedBy(),
                    d.lateDecision(), isPublic, d.mark()));
            documents.event(id, clock.instant(), me.accountId(), isPublic ? "MADE_PUBLIC" : "MADE_MEMBERS_ONLY", "");
            return reading.get(id);
        });
    }

    /** X-DOC-1: a focal point of a co-source organisation, or the secretariat, confirms that it co-signs. */
    @PreAuthorize("isAuthenticated()")
    public Document confirmCoSource(DocumentId id, org.plenary.directory.OrganisationId organisation) {
        PlenaryPrincipal me = DocumentAccess.me();
        return tx.execute(s -> {
            documents.lock(id);
            Document d = documents.byId(id).orElseThrow(() -> PlenaryException.notFound("documents.notFound"));
            coSources.confirm(d, organisation, me);
            return d;
        });
    }

    /** L-DOC-5: marks a TD as the meeting's agenda or time-plan update, taking the mark from any earlier TD. */
    @PreAuthorize("isAuthenticated()")
    public Document mark(DocumentId id, DocumentMark mark) {
        PlenaryPrincipal me = reading.requireOfficer(id);
        return tx.execute(s -> {
            Document d = reading.get(id);
            if (d.kind() != DocumentKind.TD) {
                throw PlenaryException.invalid("documents.onlyTdMarked");
            }
            moveMark(d, mark, me.accountId(), clock.instant());
            return reading.get(id);
        });
    }

    private void moveMark(Document d, DocumentMark mark, AccountId actor, Instant now) {
        for (Document other : documents.list(d.meeting(), new DocumentFilter(DocumentKind.TD, null, null, null, null,
                null, null, null, null, null))) {
            if (other.mark() == mark && !other.id().equals(d.id())) {
                save(with(other, other.questions(), other.workingParties(), other.agendaItems(), other.status(),
                        other.revisedBy(), other.lateDecision(), other.isPublic(), null));
                documents.event(other.id(), now, actor, "UNMARKED", mark.name());
            }
        }
        documents.lock(d.id());
        Document current = reading.get(d.id());
        save(with(current, current.questions(), current.workingParties(), current.agendaItems(), current.status(),
                current.revisedBy(), current.lateDecision(), current.isPublic(), mark));
        documents.event(d.id(), now, actor, "MARKED", mark.name());
        meetings.recordProgrammeUpdate(d.meeting(), mark == DocumentMark.AGENDA_UPDATE
                ? MeetingManagement.ProgrammeUpdate.AGENDA : MeetingManagement.ProgrammeUpdate.TIME_PLAN, d.reference());
    }

    private void save(Document d) {
        if (!documents.update(d)) {
            throw PlenaryException.conflict("documents.changedMeanwhile");
        }
    }

    private static Document with(Document d, List<Integer> questions, List<Integer> wps, List<String> items,
            DocumentStatus status, String revisedBy, LateDecision lateDecision, boolean isPublic, DocumentMark mark) {
        return new Document(d.id(), d.meeting(), d.studyGroup(), d.studyPeriod(), d.kind(), d.number(), d.series(),
                d.title(), d.abstractText(), d.source(), d.sourceOrganisations(), d.contact(), d.contactEmails(),
                d.submittedBy(), d.proposedAgendaItem(), questions, wps, items, d.needsTranslation(), mark, status,
                revisedBy, d.late(), lateDecision, isPublic, d.submittedAt(), d.versions(), d.version());
    }

    /** "SG12-TD360-R1" or "SG12-C5": an existing document (and revision) of the same study group. */
    private String resolveRevision(Document d, String reference) {
        Matcher mt = reference == null ? null : REFERENCE.matcher(reference.strip());
        if (mt == null || !mt.matches()) {
            throw PlenaryException.invalid("documents.revisionRequired");
        }
        int sg = Integer.parseInt(mt.group(1));
        DocumentKind kind = DocumentKind.valueOf(mt.group(2).toUpperCase(Locale.ROOT));
        int number = Integer.parseInt(mt.group(3));
        Document target = sg != d.studyGroup() ? null : documents.byNumber(sg, kind, number).orElse(null);
        if (target == null) {
            throw PlenaryException.invalid("documents.revisionUnknown", reference.strip());
        }
        if (mt.group(4) == null) {
            if (target.id().equals(d.id())) {
                throw PlenaryException.invalid("documents.revisionUnknown", reference.strip());
            }
            return target.reference();
        }
        int rev = Integer.parseInt(mt.group(4));
        if (rev == 0 || target.revision(rev) == null) {
            throw PlenaryException.invalid("documents.revisionUnknown", reference.strip());
        }
        return target.reference() + "-R" + rev;
    }

    // ---- checks -----------------------------------------------------------------------------

    private static void checkStructure(StudyGroup sg, Meeting m, List<Integer> questions, List<Integer> wps,
            String agendaItem) {
        for (Integer q : questions == null ? List.<Integer>of() : questions) {
            if (q == null || sg.question(q).isEmpty()) {
                throw PlenaryException.invalid("documents.questionUnknown", q, sg.number());
            }
        }
        for (Integer w : wps == null ? List.<Integer>of() : wps) {
            if (w == null || sg.workingParty(w).isEmpty()) {
                throw PlenaryException.invalid("documents.workingPartyUnknown", w, sg.number());
            }
        }
        if (agendaItem != null && !agendaItem.isBlank()) {
            checkAgendaItem(m, agendaItem.strip());
        }
    }

    private static void checkAgendaItem(Meeting m, String item) {
        if (m.agenda().stream().noneMatch(a -> a.number().equals(item))) {
            throw PlenaryException.invalid("documents.agendaItemUnknown", item);
        }
    }

    private static String series(StudyGroup sg, String series) {
        String s = series == null ? "" : series.strip().toUpperCase(Locale.ROOT);
        Matcher mt = SERIES.matcher(s);
        if (!mt.matches() || (mt.group(1) != null && sg.workingParty(Integer.parseInt(mt.group(1))).isEmpty())) {
            throw PlenaryException.invalid("documents.seriesUnknown", series);
        }
        return s;
    }

    private static List<String> emails(List<String> emails) {
        List<String> out = new ArrayList<>();
        for (String e : emails == null ? List.<String>of() : emails) {
            if (e == null || e.isBlank()) {
                continue;
            }
            if (!EMAIL.matcher(e.strip()).matches()) {
                throw PlenaryException.invalid("documents.contactEmailInvalid", e.strip());
            }
            if (!out.contains(e.strip())) {
                out.add(e.strip());
            }
        }
        if (out.size() > 20) {
            throw PlenaryException.invalid("documents.contactEmailInvalid", out.get(20));
        }
        return out;
    }

    private static String required(String s, String key, int max) {
        if (s == null || s.isBlank()) {
            throw PlenaryException.invalid(key);
        }
        if (s.strip().length() > max) {
            throw PlenaryException.invalid("documents.tooLong", max);
        }
        return s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).distinct().toList();
    }
}
