package org.partnerdashboard.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.partnerdashboard.base.SignedInPerson;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it: an immutable snapshot taken at sign-in. */
public final class SignedInUser implements UserDetails, SignedInPerson {

    private final long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Role role;
    private final long organizationId;
    private final String organizationName;
    private final boolean enabled;
    private final boolean locked;

    SignedInUser(AppUser user, Instant now) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.role = user.getRole();
        this.organizationId = user.getOrganization().getId();
        this.organizationName = user.getOrganization().getName();
        this.enabled = user.isEnabled();
        this.locked = user.isLockedAt(now);
    }

    /** An API token's principal: an executive of its organization, so it reads aggregates only. */
    static SignedInUser forApiToken(long tokenId, String label, org.partnerdashboard.base.Organization organization) {
        return new SignedInUser(tokenId, "api-token:" + label, label, Role.EXECUTIVE, organization.getId(),
                organization.getName());
    }

    private SignedInUser(long id, String username, String displayName, Role role, long organizationId,
            String organizationName) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = "";
        this.role = role;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.enabled = true;
        this.locked = false;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    public AccessScope scope() {
        return new AccessScope(role, organizationId);
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleKey() {
        return "role." + role.name();
    }

    @Override
    public String organizationName() {
        return organizationName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]"; // never the hash
    }
}
