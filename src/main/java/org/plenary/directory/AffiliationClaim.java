package org.plenary.directory;

/**
 * What a registration needs to know once it has claimed a person's affiliation with an organisation,
 * read in the claim's own statement: the person as stored now (whom the receipt goes to, in which
 * language), whether they are the organisation's focal point, and whether the affiliation had already
 * been confirmed.
 */
public record AffiliationClaim(Account person, boolean focalPoint, boolean confirmed) {
}
