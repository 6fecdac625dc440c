package org.partnerdashboard.security;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Insert and read only: the app has no way to change or delete audit events. */
interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    AuditEvent save(AuditEvent event);

    /** Events of one kind from one network address since a moment (sign-in throttling per address). */
    long countByActionAndRemoteAddressAndOccurredAtAfter(AuditAction action, String remoteAddress, Instant since);
}
