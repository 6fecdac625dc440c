package org.partnerdashboard.suppliers;

import java.time.LocalDate;

/** Whether a held certification is still good on a day: scouting counts only the ones not expired. */
public enum CertificationStanding {
    VALID,
    /** Runs out within {@link #WARNING_DAYS} days: time to renew. */
    EXPIRING,
    EXPIRED,
    /** Held without a date on record (registered or imported before dates were kept). */
    NO_DATE;

    public static final int WARNING_DAYS = 60;

    public static CertificationStanding of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return NO_DATE;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
    }
}
