package org.partnerdashboard.security;

import java.time.Instant;

/** One user in the administration grid. */
public record UserRow(long id, long version, String username, String displayName, Role role, long organizationId,
        String organizationName, boolean enabled, Instant lockedUntil, Instant lastSignedInAt, String email) {

    static UserRow of(AppUser user) {
        return new UserRow(user.getId(), user.getVersion(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getOrganization().getId(), user.getOrganization().getName(), user.isEnabled(),
                user.getLockedUntil(), user.getLastSignedInAt(), user.getEmail());
    }
}
