package org.partnerdashboard.suppliers;

/** What a supplier proposes about one certification. */
public enum CertificationChangeKind {
    /** A certification the supplier does not hold yet. */
    ADD,
    /** A held certification with a new expiry date (a renewed certificate). */
    RENEW,
    /** A held certification the supplier no longer has. */
    REMOVE
}
