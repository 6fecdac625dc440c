package org.partnerdashboard.suppliers;

import java.time.LocalDate;
import org.partnerdashboard.base.InvalidInputException;

/** What a proposed certification change must say before it waits for staff. */
final class CertificationRules {

    /** The longest a certificate runs (ISO registrations run three years; a few programs five). */
    static final int MAX_YEARS = 6;
    static final int MAX_NOTE = 400; // the history keeps the change and the note in 500

    private CertificationRules() {
    }

    /** An addition or renewal needs the certificate's expiry date: after today, within {@link #MAX_YEARS} years. */
    static void checkExpiry(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            throw new InvalidInputException("certifications.error.expiry-required", "certifications.expires-on");
        }
        if (!expiresOn.isAfter(today)) {
            throw new InvalidInputException("certifications.error.expiry-past", "certifications.expires-on");
        }
        if (expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("certifications.error.expiry-far", "certifications.expires-on",
                    MAX_YEARS);
        }
    }

    /** A rejection tells the supplier why, briefly. */
    static String rejectionNote(String note) {
        String trimmed = note == null ? "" : note.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("certifications.error.reason-required", "certifications.reason");
        }
        if (trimmed.length() > MAX_NOTE) {
            throw new InvalidInputException("certifications.error.reason-long", "certifications.reason", MAX_NOTE);
        }
        return trimmed;
    }
}
