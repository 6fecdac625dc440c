package org.partnerdashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a presentation (roundtable mode) with a revocable token instead of a password: the browser's session is
 * signed in as the token, which reads aggregates only (like an executive of its organization). The presentation
 * checks {@link #stillValid} as it turns pages, so a revoked token ends it.
 */
@Component
public class PresentationSignIn {

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;
    private final TransactionTemplate transactions;
    private final AuditService audit;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PresentationSignIn(ApiTokenService tokens, ObjectProvider<SecurityContextHolderStrategy> contexts,
            TransactionTemplate transactions, AuditService audit) {
        this.tokens = tokens;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.transactions = transactions;
        this.audit = audit;
    }

    /** @return whether the token was valid and the session is now signed in as it */
    public boolean signIn(String token, HttpServletRequest request, HttpServletResponse response) {
        var user = transactions.execute(status -> tokens.authenticate(token));
        if (user == null || user.isEmpty()) {
            return false;
        }
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        contexts.setContext(context);
        sessions.saveContext(context, request, response);
        audit.recordFor(user.get().getUsername(), AuditAction.SIGN_IN, "Presentation", null, "roundtable mode");
        return true;
    }

    /** False when the session was opened with a token that has since been revoked. */
    public boolean stillValid(String token) {
        return token == null || Boolean.TRUE.equals(transactions.execute(status -> tokens.authenticate(token).isPresent()));
    }
}
