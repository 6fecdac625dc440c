package org.partnerdashboard.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail: who did what, to what, when and from where. Written once, never changed. */
@Entity
@Immutable
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;

    private String username;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    private String targetType;

    private String targetId;

    private String details;

    private String remoteAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String username, AuditAction action, String targetType, String targetId,
            String details, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = truncate(username, 100);
        this.action = action;
        this.targetType = truncate(targetType, 40);
        this.targetId = truncate(targetId, 64);
        this.details = truncate(details, 1000);
        this.remoteAddress = truncate(remoteAddress, 64);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    AuditRow toRow() {
        return new AuditRow(id, occurredAt, username, action, targetType, targetId, details, remoteAddress);
    }
}
