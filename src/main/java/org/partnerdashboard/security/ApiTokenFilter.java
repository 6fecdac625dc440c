package org.partnerdashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs a stats API request in by its bearer token, for that request only (no session); every call is audited. */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;
    private final TransactionTemplate transactions;
    private final AuditService audit;

    ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts, TransactionTemplate transactions,
            AuditService audit) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.transactions = transactions;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            transactions.execute(status -> tokens.authenticate(header.substring(7).trim())).ifPresent(user -> {
                var context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                        user.getAuthorities()));
                contexts.setContext(context);
                String query = request.getQueryString();
                audit.recordFor(user.getUsername(), AuditAction.READ, "StatsApi", user.tokenId(),
                        request.getRequestURI() + (query == null ? "" : "?" + query));
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
