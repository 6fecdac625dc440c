package org.partnerdashboard.suppliers;

import java.time.LocalDate;

/** A certification a supplier holds, its expiry date (null: none on record) and how it stands today. */
public record HeldCertification(String code, LocalDate expiresOn, CertificationStanding standing) {

    public String labelKey() {
        return Certifications.labelKey(code);
    }
}
