package org.plenary.documents;

import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;

/**
 * Published inside the accepting transaction for each organisation a contribution names as
 * co-source whose confirmation is pending (X-DOC-1): its focal points are to be asked.
 */
public record CoSourceConfirmationRequested(DocumentId document, String reference, String title,
        OrganisationId organisation, String organisationName, AccountId submitter, String submitterName,
        Instant at) {
}
