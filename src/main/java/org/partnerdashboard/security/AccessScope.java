package org.partnerdashboard.security;

/**
 * What the signed-in user may see of the campaign's personal data. Services apply it in their queries, so no URL,
 * parameter or page number reaches rows outside it.
 *
 * @param organizationId the user's organization; for community-organization staff, the only one whose rows they see
 */
public record AccessScope(Role role, long organizationId) {

    /** May page through placement rows at all (the others see aggregates only). */
    public boolean mayListPlacements() {
        return role == Role.ADMIN || role == Role.CAMPAIGN_STAFF || role == Role.CBO_STAFF;
    }

    /** Rows are limited to the user's own organization. */
    public boolean limitedToOwnOrganization() {
        return role == Role.CBO_STAFF;
    }

    /** Sees job seekers' names (administrators see rows with personal fields masked). */
    public boolean seesNames() {
        return role == Role.CAMPAIGN_STAFF || role == Role.CBO_STAFF;
    }

    /** Sees contacts (email, phone, address): only the organization that serves the person. */
    public boolean seesContactsOf(long servingOrganizationId) {
        return role == Role.CBO_STAFF && organizationId == servingOrganizationId;
    }

    /** Sees exact figures about groups that mix organizations' people (e.g. a subsector across the campaign). */
    public boolean seesExactCountsOfAllOrganizations() {
        return role == Role.CAMPAIGN_STAFF;
    }

    /**
     * Whether a count about one organization's people may be shown exactly; small groups are suppressed for
     * everyone outside that organization.
     */
    public boolean seesExactCountsOf(long owningOrganizationId) {
        return role == Role.CAMPAIGN_STAFF || (role == Role.CBO_STAFF && organizationId == owningOrganizationId);
    }

    /**
     * Whether this user sees at least the figures another user saw (so may read that user's frozen snapshot):
     * campaign staff see every exact figure; community-organization staff see their own organization's small groups;
     * everyone else sees small groups suppressed.
     */
    public boolean seesAtLeastAsMuchAs(AccessScope taker) {
        return switch (role) {
            case CAMPAIGN_STAFF -> true;
            case CBO_STAFF -> taker.role != Role.CAMPAIGN_STAFF
                    && (taker.role != Role.CBO_STAFF || taker.organizationId == organizationId);
            case SUPPLIER, BUYER -> false;
            default -> taker.role != Role.CAMPAIGN_STAFF && taker.role != Role.CBO_STAFF;
        };
    }
}
