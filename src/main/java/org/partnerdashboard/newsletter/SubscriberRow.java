package org.partnerdashboard.newsletter;

import java.time.Instant;

/** A subscriber as staff see them on the list. */
public record SubscriberRow(long id, String email, String language, SubscriberStatus status, SubscriberSource source,
        String consent, Instant createdAt, Instant confirmedAt, Instant unsubscribedAt) {
}
