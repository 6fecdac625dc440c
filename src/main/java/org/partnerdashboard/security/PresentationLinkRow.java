package org.partnerdashboard.security;

import java.time.Instant;

/** A presentation link as its page lists it (never the token itself). */
public record PresentationLinkRow(long id, String label, String filterQuery, String createdBy, Instant createdAt,
        Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
}
