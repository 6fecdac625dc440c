package org.partnerdashboard.security;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.Organization;

/** A token an organization's tools use to read the stats API. Only its SHA-256 hash is stored. */
@Entity
class ApiToken extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private String label;
    private String tokenHash;
    private String createdBy;
    private Instant createdAt;
    private Instant revokedAt;
    private Instant lastUsedAt;
    private Instant expiresAt;

    protected ApiToken() {
    }

    ApiToken(Organization organization, String label, String tokenHash, String createdBy, Instant createdAt,
            Instant expiresAt) {
        this.organization = organization;
        this.label = label;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    Organization getOrganization() {
        return organization;
    }

    String getLabel() {
        return label;
    }

    /** Neither revoked nor expired. */
    boolean validAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    ApiTokenRow toRow() {
        return new ApiTokenRow(id, organization.getName(), label, createdBy, createdAt, revokedAt, lastUsedAt,
                expiresAt);
    }
}
