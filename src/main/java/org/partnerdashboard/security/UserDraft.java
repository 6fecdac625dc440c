package org.partnerdashboard.security;

/** What an administrator enters for a user; the password only when creating or resetting. */
public record UserDraft(String username, String displayName, Role role, Long organizationId, String password) {
}
