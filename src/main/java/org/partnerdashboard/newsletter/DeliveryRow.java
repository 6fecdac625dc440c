package org.partnerdashboard.newsletter;

import java.time.Instant;

/** One recipient's delivery as the page lists it. */
public record DeliveryRow(long id, String email, String language, String status, String error, Instant updatedAt) {

    DeliveryRow(Long id, String email, String language, Delivery.Status status, String error, Instant updatedAt) {
        this(id, email, language, status.name(), error, updatedAt);
    }
}
