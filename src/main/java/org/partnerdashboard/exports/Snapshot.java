package org.partnerdashboard.exports;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;

/** A frozen snapshot behind a shared link (only the link secret's hash is stored). */
@Entity
class Snapshot extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snapshot_seq")
    @SequenceGenerator(name = "snapshot_seq", sequenceName = "snapshot_seq", allocationSize = 50)
    private Long id;

    private String tokenHash;
    private String title;
    private String content;
    /** Comma-separated role names of the view it came from; empty when any signed-in user may read it. */
    private String allowedRoles;
    private String takerRole;
    private long takerOrgId;
    private String createdBy;
    private String takerName;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;

    protected Snapshot() {
    }

    Snapshot(String tokenHash, String title, String content, String allowedRoles, String takerRole, long takerOrgId,
            String createdBy, String takerName, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.title = title;
        this.content = content;
        this.allowedRoles = allowedRoles;
        this.takerRole = takerRole;
        this.takerOrgId = takerOrgId;
        this.createdBy = createdBy;
        this.takerName = takerName;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getContent() {
        return content;
    }

    String getAllowedRoles() {
        return allowedRoles;
    }

    String getTakerRole() {
        return takerRole;
    }

    long getTakerOrgId() {
        return takerOrgId;
    }

    String getTakerName() {
        return takerName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getTitle() {
        return title;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
