package org.partnerdashboard.suppliers;

import java.time.LocalDate;

/** A registration waiting in the review queue, with the existing supplier it may duplicate (or null). */
public record PendingRegistration(long id, long version, String legalName, String city, String stateCode,
        String naicsCode, String subsectorTitle, String contactEmail, LocalDate registeredOn,
        SupplierChoice possibleDuplicateOf) {
}
