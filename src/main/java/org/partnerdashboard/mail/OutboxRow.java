package org.partnerdashboard.mail;

import java.time.Instant;

/**
 * A message as the outbox page lists it.
 *
 * @param status KEPT (no SMTP server configured), SENT or FAILED (with the error)
 */
public record OutboxRow(long id, Instant createdAt, String recipient, String subject, String status, String error,
        String textBody) {
}
