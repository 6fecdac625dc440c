package org.partnerdashboard.security;

/**
 * What an administrator enters for a user; the password only when creating or resetting; the address where the app
 * writes to the person (notices from the supplier and buyer spaces), if any.
 */
public record UserDraft(String username, String displayName, Role role, Long organizationId, String password,
        String email) {

    /** A user without an address. */
    public UserDraft(String username, String displayName, Role role, Long organizationId, String password) {
        this(username, displayName, role, organizationId, password, null);
    }
}
