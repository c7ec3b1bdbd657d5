package org.plenary.documents;

import static org.plenary.documents.DocumentChecks.checkAgendaItem;
import static org.plenary.documents.DocumentChecks.checkStructure;
import static org.plenary.documents.DocumentChecks.distinct;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.directory.AccountId;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.ProgrammeEditing;
import org.plenary.meetings.StudyGroup;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The officers' steps on a submitted document: allocation (agenda item 8), statuses, late
 * decisions (X-DOC-4), publicness (L-DOC-4), co-source confirmation (X-DOC-1) and the agenda and
 * time-plan marks (L-DOC-5). Each step locks the row, checks, saves and records an event in one
 * transaction.
 */
@Service
public class DocumentAllocation {

    private static final Pattern REFERENCE = Pattern.compile("SG(\\d+)-(C|TD)(\\d+)(?:-?R(\\d+))?",
            Pattern.CASE_INSENSITIVE);

    private final Documents documents;
    private final MeetingManagement meetings;
    private final ProgrammeEditing programme;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final DocumentReading reading;
    private final CoSources coSources;
    private final Clock clock;

    DocumentAllocation(Documents documents, MeetingManagement meetings, ProgrammeEditing programme,
            TransactionTemplate tx, ApplicationEventPublisher events, DocumentReading reading, CoSources coSources,
            Clock clock) {
        this.documents = documents;
        this.meetings = meetings;
        this.programme = programme;
        this.tx = tx;
        this.events = events;
        this.reading = reading;
        this.coSources = coSources;
        this.clock = clock;
    }

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
            checkStructure(sg, () -> m, questions, workingParties, null);
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
            events.publishEvent(DocumentAllocated.of(next, List.copyOf(added), me.accountId(), now));
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
            if (link != null && d.mark() != null) {
                passMark(d, link, me.accountId());
            }
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
        PlenaryPrincipal me = CurrentUser.require();
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
    public Document confirmCoSource(DocumentId id, OrganisationId organisation) {
        PlenaryPrincipal me = CurrentUser.require();
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

    void moveMark(Document d, DocumentMark mark, AccountId actor, Instant now) {
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
        recordMark(current, mark);
    }

    /**
     * Tells the meeting which reference now carries its agenda or time-plan update: the current
     * revision ("SG12-TD360-R1"), so that the agenda, the time plan and the letter never name an
     * outdated one.
     */
    void recordMark(Document d, DocumentMark mark) {
        programme.recordProgrammeUpdate(d.meeting(), mark == DocumentMark.AGENDA_UPDATE
                ? ProgrammeEditing.ProgrammeUpdate.AGENDA : ProgrammeEditing.ProgrammeUpdate.TIME_PLAN,
                d.currentReference());
    }

    /** A marked TD revised by another TD of its meeting hands the mark on: the update is the new one. */
    private void passMark(Document d, String link, AccountId actor) {
        Matcher mt = REFERENCE.matcher(link);
        if (!mt.matches() || !"TD".equalsIgnoreCase(mt.group(2))) {
            return;
        }
        documents.byNumber(d.studyGroup(), DocumentKind.TD, Integer.parseInt(mt.group(3)))
                .filter(t -> t.meeting().equals(d.meeting()) && !t.id().equals(d.id()))
                .ifPresent(t -> moveMark(t, d.mark(), actor, clock.instant()));
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
}
