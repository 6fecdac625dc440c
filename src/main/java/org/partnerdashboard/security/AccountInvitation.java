package org.partnerdashboard.security;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.Organization;

/**
 * An invitation to a manufacturer's person to open an account: a one-time link (only its hash is kept) that expires,
 * opens once, and can be withdrawn before it is used.
 */
@Entity
@Table(name = "account_invitation")
class AccountInvitation extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_invitation_seq")
    @SequenceGenerator(name = "account_invitation_seq", sequenceName = "account_invitation_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    private String tokenHash;

    @NotBlank
    @Size(max = 320)
    private String email;

    @NotBlank
    @Size(max = 150)
    private String displayName;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @NotBlank
    private String language;

    @NotBlank
    private String invitedBy;

    @NotNull
    private Instant createdAt;

    @NotNull
    private Instant expiresAt;

    private Instant acceptedAt;

    private Instant revokedAt;

    /** The account it opened. */
    private String username;

    protected AccountInvitation() {
    }

    AccountInvitation(String tokenHash, String email, String displayName, Role role, Organization organization,
            String language, String invitedBy, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.organization = organization;
        this.language = language;
        this.invitedBy = invitedBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    Role getRole() {
        return role;
    }

    Organization getOrganization() {
        return organization;
    }

    String getLanguage() {
        return language;
    }

    /** Open: neither used, withdrawn nor expired. */
    boolean opensAt(Instant now) {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(now);
    }

    void accepted(String username, Instant at) {
        this.username = username;
        this.acceptedAt = at;
    }

    void revoked(Instant at) {
        this.revokedAt = at;
    }

    InvitationRow toRow(Instant now) {
        InvitationRow.State state = acceptedAt != null ? InvitationRow.State.ACCEPTED
                : revokedAt != null ? InvitationRow.State.WITHDRAWN
                : expiresAt.isAfter(now) ? InvitationRow.State.WAITING : InvitationRow.State.EXPIRED;
        return new InvitationRow(id, getVersion(), email, displayName, role, state, invitedBy, createdAt, expiresAt,
                username);
    }
}
