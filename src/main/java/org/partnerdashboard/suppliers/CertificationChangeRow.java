package org.partnerdashboard.suppliers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A proposed certification change as staff review it and the supplier follows it.
 *
 * @param currentExpiry the date on record now, for a renewal or removal (null for an addition or no date)
 */
public record CertificationChangeRow(long id, long version, long supplierId, String supplierName, String code,
        CertificationChangeKind kind, LocalDate expiresOn, LocalDate currentExpiry, CertificationChangeStatus status,
        String proposedBy, Instant proposedAt, String decisionNote) {

    public String labelKey() {
        return Certifications.labelKey(code);
    }
}
