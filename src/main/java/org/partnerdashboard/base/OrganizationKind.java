package org.partnerdashboard.base;

/** The roles an organization plays in the partnership's programs. */
public enum OrganizationKind {
    /** World Business Chicago, IMEC, IMA. */
    PARTNER,
    /** The community-based organizations that place job seekers. */
    COMMUNITY_ORGANIZATION,
    TRAINING_PROVIDER,
    /** Manufacturers that hire placed job seekers. */
    EMPLOYER,
    /** Buyers and OEMs that post sourcing requests. */
    BUYER,
    /** A registered supplier's company, made when staff first invite one of its people to the supplier space. */
    SUPPLIER
}
