package org.partnerdashboard.security;

import java.time.Instant;

/** An API token as the administration page lists it (never the token itself). */
public record ApiTokenRow(long id, String organization, String label, String createdBy, Instant createdAt,
        Instant revokedAt, Instant lastUsedAt, Instant expiresAt) {
}
