package org.partnerdashboard.security;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Audits sign-ins and sign-outs, and locks an account for a while after repeated failed sign-ins. */
@Component
class SignInListener {

    private final AppUserRepository users;
    private final SignInFailures failures;
    private final AuditService audit;
    private final Clock clock;

    SignInListener(AppUserRepository users, SignInFailures failures, AuditService audit, Clock clock) {
        this.users = users;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
    }

    /** Two short transactions one after the other, never one inside another (which would need two connections). */
    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        users.recordSignIn(username, clock.instant());
        audit.recordFor(username, AuditAction.SIGN_IN, "User", username, null);
    }

    /** As for a success: the account's counter in one short transaction, each audit record in its own after it. */
    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        audit.recordFor(username, AuditAction.SIGN_IN_FAILED, "User", username,
                event.getException().getClass().getSimpleName());
        failures.record(username).ifPresent(lockedUntil -> audit.recordFor(username, AuditAction.ACCOUNT_LOCKED,
                "User", username, "Locked until " + lockedUntil));
    }

    @EventListener
    public void onSignOut(LogoutSuccessEvent event) {
        audit.recordFor(event.getAuthentication().getName(), AuditAction.SIGN_OUT, "User",
                event.getAuthentication().getName(), null);
    }
}
