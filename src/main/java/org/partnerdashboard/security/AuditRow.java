package org.partnerdashboard.security;

import java.time.Instant;

/** One line of the audit trail, for the audit view. */
public record AuditRow(Long id, Instant occurredAt, String username, AuditAction action, String targetType,
        String targetId, String details, String remoteAddress) {
}
