package org.partnerdashboard.suppliers;

public enum RegistrationStatus {
    PENDING, APPROVED, REJECTED, MERGED,
    /** From an imported list, not yet verified by staff. */
    IMPORTED
}
