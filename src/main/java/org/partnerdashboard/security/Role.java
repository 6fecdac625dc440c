package org.partnerdashboard.security;

/** What a user does in the partnership; each role is tied to the user's organization. */
public enum Role {
    /** Manages users and reads the audit trail; sees no personal data. */
    ADMIN,
    /** WBC campaign staff: every placement, with job seekers' names. */
    CAMPAIGN_STAFF,
    /** Staff of a community-based organization: only their own organization's job seekers and placements. */
    CBO_STAFF,
    /** IMEC and IMA staff: suppliers and sourcing requests; placements only as aggregates. */
    SUPPLY_CHAIN_STAFF,
    /** Edits the subsector indicators; placements only as aggregates. */
    RESEARCH_EDITOR,
    /** Reads dashboards and exports; aggregates only. */
    EXECUTIVE;

    /** Role names as constants, for {@code @RolesAllowed} on views and services. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CAMPAIGN_STAFF = "CAMPAIGN_STAFF";
        public static final String CBO_STAFF = "CBO_STAFF";
        public static final String SUPPLY_CHAIN_STAFF = "SUPPLY_CHAIN_STAFF";
        public static final String RESEARCH_EDITOR = "RESEARCH_EDITOR";
        public static final String EXECUTIVE = "EXECUTIVE";

        private Names() {
        }
    }
}
