package org.partnerdashboard.newsletter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recipient of one issue. It is claimed (SENDING, {@link DeliveryRepository#claim}) and committed before its
 * message leaves, so a send that stops half-way never repeats it: a claim found after a restart is reported, not
 * sent again.
 */
@Entity
@Table(name = "newsletter_delivery")
class Delivery {

    enum Status { PENDING, SENDING, SENT, FAILED, UNSUBSCRIBED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_delivery_seq")
    @SequenceGenerator(name = "newsletter_delivery_seq", sequenceName = "newsletter_delivery_seq",
            allocationSize = 50)
    private Long id;

    private long issueId;
    private long subscriberId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String tokenHash;
    private String error;
    private Instant updatedAt;

    protected Delivery() {
    }

    Delivery(long issueId, long subscriberId, Instant now) {
        this.issueId = issueId;
        this.subscriberId = subscriberId;
        this.status = Status.PENDING;
        this.updatedAt = now;
    }

    void finish(Status outcome, String reason, Instant now) {
        status = outcome;
        error = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        updatedAt = now;
    }

    Long getId() {
        return id;
    }

    long getIssueId() {
        return issueId;
    }

    long getSubscriberId() {
        return subscriberId;
    }

    Status getStatus() {
        return status;
    }
}
