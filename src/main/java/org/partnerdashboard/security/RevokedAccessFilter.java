package org.partnerdashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session at its next request once the account's access changed (disabled, another role or organization, a
 * new password): the session is invalidated and the request goes on signed out, so a page sends its user to sign in
 * and a Vaadin request gets "session expired".
 */
class RevokedAccessFilter extends OncePerRequestFilter {

    private final AccessRevocation revocation;
    private final SecurityContextHolderStrategy contexts;
    private final AuditService audit;

    RevokedAccessFilter(AccessRevocation revocation, SecurityContextHolderStrategy contexts, AuditService audit) {
        this.revocation = revocation;
        this.contexts = contexts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !revocation.stillHolds(user)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            audit.recordFor(user.getUsername(), AuditAction.SESSION_ENDED, "Session", null,
                    "access changed since sign-in");
        }
        chain.doFilter(request, response);
    }
}
