package org.partnerdashboard.suppliers;

/** Where a proposed certification change stands: waiting for staff, or decided (and then never changed). */
public enum CertificationChangeStatus {
    PENDING, VERIFIED, REJECTED,
    /** The supplier took the proposal back before staff decided. */
    WITHDRAWN
}
