package org.partnerdashboard.security;

import java.time.Instant;

/** An invitation as staff see it on the company's page; the account's username once it was accepted. */
public record InvitationRow(long id, long version, String email, String displayName, Role role, State state,
        String invitedBy, Instant createdAt, Instant expiresAt, String username) {

    public enum State {
        WAITING, ACCEPTED, EXPIRED, WITHDRAWN
    }
}
