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
import org.partnerdashboard.base.AbstractEntity;

/** A person on the newsletter's list, with the language they read it in and how they consented. */
@Entity
@Table(name = "newsletter_subscriber")
class Subscriber extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "newsletter_subscriber_seq")
    @SequenceGenerator(name = "newsletter_subscriber_seq", sequenceName = "newsletter_subscriber_seq",
            allocationSize = 50)
    private Long id;

    private String email;
    private String language;

    @Enumerated(EnumType.STRING)
    private SubscriberStatus status;

    @Enumerated(EnumType.STRING)
    private SubscriberSource source;

    private String consent;
    private String confirmTokenHash;
    private Instant confirmSentAt;
    private String requestedFrom;
    private Instant createdAt;
    private Instant confirmedAt;
    private Instant unsubscribedAt;

    protected Subscriber() {
    }

    Subscriber(String email, String language, SubscriberSource source, Instant now) {
        this.email = email;
        this.language = language;
        this.source = source;
        this.status = SubscriberStatus.PENDING;
        this.createdAt = now;
    }

    /** Waits for the person to confirm through the link whose secret hashes to the given hash. */
    void awaitConfirmation(String tokenHash, String requestedFrom, Instant now) {
        status = SubscriberStatus.PENDING;
        confirmTokenHash = tokenHash;
        confirmSentAt = now;
        this.requestedFrom = requestedFrom;
        unsubscribedAt = null;
    }

    void confirm(Instant now) {
        status = SubscriberStatus.ACTIVE;
        confirmTokenHash = null;
        confirmedAt = now;
    }

    /** Active at once: staff recorded the person's consent elsewhere (an imported list). */
    void activateWithConsent(String consentNote, Instant now) {
        status = SubscriberStatus.ACTIVE;
        consent = consentNote;
        confirmTokenHash = null;
        confirmedAt = now;
        unsubscribedAt = null;
    }

    void unsubscribe(Instant now) {
        status = SubscriberStatus.UNSUBSCRIBED;
        confirmTokenHash = null;
        unsubscribedAt = now;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getLanguage() {
        return language;
    }

    SubscriberStatus getStatus() {
        return status;
    }

    Instant getConfirmSentAt() {
        return confirmSentAt;
    }

    SubscriberRow toRow() {
        return new SubscriberRow(id, email, language, status, source, consent, createdAt, confirmedAt,
                unsubscribedAt);
    }
}
