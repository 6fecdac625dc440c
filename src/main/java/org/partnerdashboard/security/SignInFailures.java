package org.partnerdashboard.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts an account's failed sign-ins and locks it for a while after too many. */
@Component
class SignInFailures {

    private final AppUserRepository users;
    private final SecuritySettings settings;
    private final Clock clock;

    SignInFailures(AppUserRepository users, SecuritySettings settings, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.clock = clock;
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
