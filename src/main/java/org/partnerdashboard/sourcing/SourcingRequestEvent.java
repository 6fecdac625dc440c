package org.partnerdashboard.sourcing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A request's move to a status, by whom and why: its history. Never changed. */
@Entity
@Immutable
class SourcingRequestEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sourcing_request_event_seq")
    @SequenceGenerator(name = "sourcing_request_event_seq", sequenceName = "sourcing_request_event_seq",
            allocationSize = 50)
    private Long id;

    private long sourcingRequestId;

    @Enumerated(EnumType.STRING)
    private SourcingRequestStatus status;

    private String reason;

    private String changedBy;

    private Instant changedAt;

    protected SourcingRequestEvent() {
    }

    SourcingRequestEvent(long sourcingRequestId, SourcingRequestStatus status, String reason, String changedBy,
            Instant changedAt) {
        this.sourcingRequestId = sourcingRequestId;
        this.status = status;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
