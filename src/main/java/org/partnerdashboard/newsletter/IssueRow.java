package org.partnerdashboard.newsletter;

import java.time.Instant;

/** An issue as the newsletter page lists it. */
public record IssueRow(long id, long version, Integer number, String title, IssueStatus status, Instant updatedAt,
        Instant sentAt, IssueDraft draft) {
}
