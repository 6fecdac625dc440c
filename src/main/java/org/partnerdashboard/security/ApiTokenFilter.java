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

/** Signs a stats API request in by its bearer token, for that request only (no session). */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts;
    private final TransactionTemplate transactions;

    ApiTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy contexts, TransactionTemplate transactions) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.transactions = transactions;
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
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
