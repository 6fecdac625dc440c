package org.partnerdashboard.suppliers;

public enum RegistrationStatus {
    PENDING, APPROVED, REJECTED, MERGED
}
