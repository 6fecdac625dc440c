package org.partnerdashboard.suppliers;

/** What happened to a supplier's registration, as its history shows. */
public enum SupplierDecisionKind {
    REGISTERED, APPROVED, REJECTED,
    /** This registration was merged into another supplier. */
    MERGED,
    /** Another registration was merged into this supplier. */
    MERGED_IN,
    /** The supplier's own people changed its profile in the supplier space (the reason lists what changed). */
    PROFILE_UPDATED
}
