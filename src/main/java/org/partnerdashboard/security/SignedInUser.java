package org.partnerdashboard.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.partnerdashboard.base.Organization;
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
    /** The presentation or API token this principal stands for; null for a person's account. */
    private final Long tokenId;

    SignedInUser(AppUser user, Instant now, boolean addressBlocked) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.role = user.getRole();
        this.organizationId = user.getOrganization().getId();
        this.organizationName = user.getOrganization().getName();
        this.enabled = user.isEnabled();
        this.locked = user.isLockedAt(now) || addressBlocked;
        this.tokenId = null;
    }

    /** An API token's principal: an executive of its organization, so it reads aggregates only. */
    static SignedInUser forApiToken(long tokenId, String label, Organization organization) {
        return new SignedInUser(tokenId, "api-token:" + label, label, Role.EXECUTIVE, organization.getId(),
                organization.getName(), tokenId);
    }

    /**
     * A presentation link's principal for the roundtable's own figures: aggregates only, held only while they are
     * computed (never in the browser's session, so the link opens nothing else).
     */
    static SignedInUser forPresentation(long linkId, String label, long organizationId, String organizationName) {
        return new SignedInUser(linkId, "presentation:" + label, label, Role.EXECUTIVE, organizationId,
                organizationName, null);
    }

    private SignedInUser(long id, String username, String displayName, Role role, long organizationId,
            String organizationName, Long tokenId) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = "";
        this.role = role;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.enabled = true;
        this.locked = false;
        this.tokenId = tokenId;
    }

    public long id() {
        return id;
    }

    public Role role() {
        return role;
    }

    /** The token this principal stands for, when it is not a person's account. */
    public Long tokenId() {
        return tokenId;
    }

    /** What access was granted at sign-in: an account whose row no longer matches has lost it. */
    String grantedAccess() {
        return tokenId != null ? tokenAccess(tokenId)
                : accountAccess(username, role, organizationId, enabled, passwordHash);
    }

    /** An account's access as {@link #grantedAccess} writes it, from the account's current row. */
    static String accountAccess(String username, Role role, long organizationId, boolean enabled,
            String passwordHash) {
        return username + "|" + role + "|" + organizationId + "|" + enabled + "|" + passwordHash;
    }

    /** A token's access as {@link #grantedAccess} writes it: the token itself, while it is valid. */
    static String tokenAccess(long tokenId) {
        return "token:" + tokenId;
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
    public String home() {
        return role.home();
    }

    @Override
    public String organizationName() {
        return organizationName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        SimpleGrantedAuthority own = new SimpleGrantedAuthority("ROLE_" + role.name());
        return role.partnershipStaff() ? List.of(own, new SimpleGrantedAuthority("ROLE_" + Role.Names.STAFF))
                : List.of(own);
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
