package org.partnerdashboard.suppliers;

/** What happened to a supplier's registration, as its history shows. */
public enum SupplierDecisionKind {
    REGISTERED, APPROVED, REJECTED,
    /** This registration was merged into another supplier. */
    MERGED,
    /** Another registration was merged into this supplier. */
    MERGED_IN,
    /** The supplier's own people changed its profile in the supplier space (the reason lists what changed). */
    PROFILE_UPDATED,
    /** The supplier's people proposed a certification change (the reason says which); it waits for staff. */
    CERT_PROPOSED,
    /** Staff verified a proposed certification change: it took effect. */
    CERT_VERIFIED,
    /** Staff rejected a proposed certification change (the reason says why). */
    CERT_REJECTED;

    /** A step the company itself sees in its space: its own changes and what staff decided about them. */
    public boolean ownChange() {
        return this == PROFILE_UPDATED || this == CERT_PROPOSED || this == CERT_VERIFIED || this == CERT_REJECTED;
    }
}
