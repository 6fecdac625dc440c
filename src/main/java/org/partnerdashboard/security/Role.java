package org.partnerdashboard.security;

import org.partnerdashboard.base.OrganizationKind;

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
    EXECUTIVE,
    /** A manufacturer's person in the supplier space: its own company's profile and the requests that fit it. */
    SUPPLIER,
    /** A buying company's person in the buyer space: its own sourcing requests only. */
    BUYER;

    /** Works in the partnership (every role but the manufacturers' own accounts); opens the staff pages. */
    public boolean partnershipStaff() {
        return this != SUPPLIER && this != BUYER;
    }

    /** The kind of organization a user with this role belongs to, when it is not a partner. */
    public OrganizationKind organizationKind() {
        return switch (this) {
            case CBO_STAFF -> OrganizationKind.COMMUNITY_ORGANIZATION;
            case SUPPLIER -> OrganizationKind.SUPPLIER;
            case BUYER -> OrganizationKind.BUYER;
            default -> OrganizationKind.PARTNER;
        };
    }

    /**
     * Whether a user with this role may belong to an organization of the kind: a buyer's account belongs to a
     * buying company or to a supplier that also buys; every other role to its own kind.
     */
    public boolean belongsIn(OrganizationKind kind) {
        return kind == organizationKind() || (this == BUYER && kind == OrganizationKind.SUPPLIER);
    }

    /** The page a user with this role starts on (the overview for staff). */
    public String home() {
        return switch (this) {
            case SUPPLIER -> "opportunities";
            case BUYER -> "my-requests";
            default -> "";
        };
    }

    /** Role names as constants, for {@code @RolesAllowed} on views and services. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CAMPAIGN_STAFF = "CAMPAIGN_STAFF";
        public static final String CBO_STAFF = "CBO_STAFF";
        public static final String SUPPLY_CHAIN_STAFF = "SUPPLY_CHAIN_STAFF";
        public static final String RESEARCH_EDITOR = "RESEARCH_EDITOR";
        public static final String EXECUTIVE = "EXECUTIVE";
        public static final String SUPPLIER = "SUPPLIER";
        public static final String BUYER = "BUYER";
        /** Granted with every partnership role (not to suppliers' and buyers' accounts): the staff pages. */
        public static final String STAFF = "STAFF";

        private Names() {
        }
    }
}
