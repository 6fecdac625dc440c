package org.partnerdashboard.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's private calendar feed: the hash of its link's secret. Revoking it deletes the row. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_feed_seq")
    @SequenceGenerator(name = "calendar_feed_seq", sequenceName = "calendar_feed_seq", allocationSize = 50)
    private Long id;

    private long appUserId;

    private String tokenHash;

    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long appUserId, String tokenHash, Instant createdAt) {
        this.appUserId = appUserId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
