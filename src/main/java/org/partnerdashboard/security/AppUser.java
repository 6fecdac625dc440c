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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.partnerdashboard.base.AbstractEntity;
import org.partnerdashboard.base.Organization;

/** Someone who signs in: a role in one organization, a password hash, and the state of failed sign-ins. */
@Entity
@Table(name = "app_user")
class AppUser extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = "[a-z0-9._-]+")
    private String username;

    @NotBlank
    @Size(max = 150)
    private String displayName;

    @NotBlank
    private String passwordHash;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Role role;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    private boolean enabled;

    private int failedSignIns;

    private Instant lockedUntil;

    private Instant lastSignedInAt;

    /** Where the app writes to the person (invitations, notices); null for staff accounts made without one. */
    @Size(max = 320)
    private String email;

    /** The language chosen in the app (a BCP 47 tag), or null for the browser's. */
    private String language;

    @NotNull
    private Instant createdAt;

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Role role, Organization organization,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organization = organization;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** A manufacturer's account, opened from an invitation: its address and language come with it. */
    static AppUser invited(String username, String passwordHash, AccountInvitation invitation, Instant createdAt) {
        AppUser user = new AppUser(username, invitation.getDisplayName(), passwordHash, invitation.getRole(),
                invitation.getOrganization(), createdAt);
        user.email = invitation.getEmail();
        user.language = invitation.getLanguage();
        return user;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    String getLanguage() {
        return language;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void assign(String displayName, Role role, Organization organization) {
        this.displayName = displayName;
        this.role = role;
        this.organization = organization;
    }

    void setEmail(String email) {
        this.email = email;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.failedSignIns = 0;
        this.lockedUntil = null;
    }

    /** @return true when this failure locked the account */
    boolean recordFailedSignIn(Instant now, int maxFailures, Duration lockout) {
        failedSignIns++;
        if (failedSignIns >= maxFailures) {
            failedSignIns = 0;
            lockedUntil = now.plus(lockout);
            return true;
        }
        return false;
    }
}
