package org.plenary.directory;

/**
 * An entity whose people register for meetings.
 *
 * @param countryCode ISO 3166 alpha-2, or null (international organisations, invited experts)
 * @param associateStudyGroup the study group an Associate belongs to, null otherwise
 * @param automaticApproval whether registrations are approved without the focal point (TSB Circular 1)
 */
public record Organisation(OrganisationId id, String name, String countryCode, MembershipCategory category,
        Integer associateStudyGroup, boolean automaticApproval) {
}
