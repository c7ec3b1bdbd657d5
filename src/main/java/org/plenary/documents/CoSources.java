package org.plenary.documents;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * X-DOC-1 co-signing: every organisation a contribution names besides the submitter's own must
 * confirm it (one of its focal points, or the secretariat). Until then the document shows it as an
 * unconfirmed co-source and it does not count as that organisation's contribution. Its focal points
 * are asked ({@link CoSourceConfirmationRequested}; notifications mails them a link to the document).
 */
@Component
class CoSources {

    /** One co-source of a document, as the page and the API show it. */
    record CoSource(OrganisationId organisation, String name, boolean confirmed) {
    }

    private final JdbcClient jdbc;
    private final Documents documents;
    private final Directory directory;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoSources(JdbcClient jdbc, Documents documents, Directory directory, AccountManagement accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the new contribution's co-sources, inside its accepting transaction: confirmed at once
     * where the submitter is a focal point of the organisation, otherwise its focal points are asked.
     */
    void record(Document d, AccountId submitter) {
        List<UUID> co = d.sourceOrganisations().stream().skip(1).toList();
        Account by = accounts.find(submitter).orElseThrow();
        Instant now = clock.instant();
        for (UUID id : co) {
            OrganisationId org = new OrganisationId(id);
            boolean own = directory.isFocalPoint(submitter, org);
            jdbc.sql("""
                    insert into documents_co_source (document_id, organisation_id, confirmed_at, confirmed_by)
                    values (:d, :o, :at, :by)""")
                    .param("d", d.id().value()).param("o", id).param("at", own ? Timestamp.from(now) : null)
                    .param("by", own ? submitter.value() : null).update();
            if (!own) {
                events.publishEvent(new CoSourceConfirmationRequested(d.id(), d.reference(), d.title(), org,
                        directory.organisation(org).map(Organisation::name).orElse(""), by.id(), by.name(), now));
            }
        }
    }

    /** The document's co-sources in the order the submitter named them. */
    List<CoSource> of(Document d) {
        List<CoSource> out = new ArrayList<>();
        for (UUID id : d.sourceOrganisations().stream().skip(1).toList()) {
            Boolean confirmed = jdbc.sql("""
                    select confirmed_at is not null from documents_co_source
                     where document_id = :d and organisation_id = :o""")
                    .param("d", d.id().value()).param("o", id).query(Boolean.class).optional().orElse(true);
            OrganisationId org = new OrganisationId(id);
            out.add(new CoSource(org, directory.organisation(org).map(Organisation::name).orElse(""), confirmed));
        }
        return out;
    }

    /** Whether the caller may confirm for the organisation: one of its focal points, or the secretariat. */
    boolean mayConfirm(PlenaryPrincipal me, OrganisationId org) {
        return me.has(Role.SECRETARIAT) || directory.isFocalPoint(me.accountId(), org);
    }

    /** A focal point of the organisation, or the secretariat, confirms it co-signs the document (in the caller's transaction). */
    void confirm(Document d, OrganisationId org, PlenaryPrincipal me) {
        if (!mayConfirm(me, org)) {
            throw PlenaryException.forbidden("documents.coSource.notYours",
                    directory.organisation(org).map(Organisation::name).orElse(""));
        }
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                update documents_co_source set confirmed_at = :at, confirmed_by = :by
                 where document_id = :d and organisation_id = :o and confirmed_at is null""")
                .param("at", Timestamp.from(now)).param("by", me.accountId().value())
                .param("d", d.id().value()).param("o", org.value()).update();
        if (changed == 0) {
            throw PlenaryException.conflict("documents.coSource.notPending");
        }
        documents.event(d.id(), now, me.accountId(), "CO_SOURCE_CONFIRMED",
                directory.organisation(org).map(Organisation::name).orElse(""));
    }
}
