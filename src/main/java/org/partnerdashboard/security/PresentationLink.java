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

/** A kiosk link to the roundtable with fixed filters, until it expires or is revoked. Only its hash is stored. */
@Entity
class PresentationLink extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "presentation_link_seq")
    @SequenceGenerator(name = "presentation_link_seq", sequenceName = "presentation_link_seq", allocationSize = 50)
    private Long id;

    private String tokenHash;
    private String label;
    private String filterQuery;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant lastUsedAt;

    protected PresentationLink() {
    }

    PresentationLink(String tokenHash, String label, String filterQuery, Organization organization, String createdBy,
            Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.label = label;
        this.filterQuery = filterQuery;
        this.organization = organization;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    boolean opensAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    String getCreatedBy() {
        return createdBy;
    }

    String getLabel() {
        return label;
    }

    String getFilterQuery() {
        return filterQuery;
    }

    Organization getOrganization() {
        return organization;
    }

    PresentationLinkRow toRow() {
        return new PresentationLinkRow(id, label, filterQuery, createdBy, createdAt, expiresAt, revokedAt,
                lastUsedAt);
    }
}
