package org.partnerdashboard.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts an account's failed sign-ins and locks it for a while after too many; and refuses sign-ins from a network
 * address that failed too often lately, whichever accounts it tried (read from the audit trail, so every server
 * agrees).
 */
@Component
class SignInFailures {

    private final AppUserRepository users;
    private final AuditEventRepository events;
    private final SecuritySettings settings;
    private final Clock clock;

    SignInFailures(AppUserRepository users, AuditEventRepository events, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether sign-ins from this address are refused for now (null: not a web request). */
    @Transactional(readOnly = true)
    boolean addressBlocked(String address) {
        return address != null && events.countByActionAndRemoteAddressAndOccurredAtAfter(AuditAction.SIGN_IN_FAILED,
                address, clock.instant().minus(settings.lockout())) >= settings.maxFailedSignInsPerAddress();
    }

    /** @return until when the account is now locked, when this failure locked it */
    @Transactional
    Optional<Instant> record(String username) {
        Instant now = clock.instant();
        return users.findByUsername(username)
                .filter(user -> !user.isLockedAt(now)
                        && user.recordFailedSignIn(now, settings.maxFailedSignIns(), settings.lockout()))
                .map(AppUser::getLockedUntil);
    }
}
