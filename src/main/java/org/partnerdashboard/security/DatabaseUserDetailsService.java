package org.partnerdashboard.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users from the database for Spring Security's sign-in; an account is locked for a sign-in from an address
 * that failed too often lately.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final SignInFailures failures;
    private final Clock clock;

    DatabaseUserDetailsService(AppUserRepository users, SignInFailures failures, Clock clock) {
        this.users = users;
        this.failures = failures;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username)
                .map(user -> new SignedInUser(user, clock.instant(),
                        failures.addressBlocked(AuditService.remoteAddress())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
