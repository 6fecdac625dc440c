package org.partnerdashboard.security;

import java.time.LocalDate;

/** Filters of the audit view; any field may be null (no filter). Dates are inclusive, in the app's time zone. */
public record AuditFilter(String username, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null);
}
