package org.partnerdashboard.dashboards;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;

/** A dashboard view a user saved by name: its filter as URL query text. */
@Entity
class SavedView extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_view_seq")
    @SequenceGenerator(name = "saved_view_seq", sequenceName = "saved_view_seq", allocationSize = 50)
    private Long id;

    private String username;
    private String name;
    private String query;
    private boolean pinned;
    private Instant createdAt;

    protected SavedView() {
    }

    SavedView(String username, String name, String query, Instant createdAt) {
        this.username = username;
        this.name = name;
        this.query = query;
        this.createdAt = createdAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    SavedViewRow toRow() {
        return new SavedViewRow(id, name, query, pinned);
    }
}
