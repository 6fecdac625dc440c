package org.partnerdashboard.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Every open Vaadin session on this server, checked every two seconds against the database: a session whose
 * account lost its access is closed, with its push connection, even while its user only watches a live dashboard.
 */
@Component
class OpenSessions implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();
    private final AccessRevocation revocation;
    private final AuditService audit;

    OpenSessions(AccessRevocation revocation, AuditService audit) {
        this.revocation = revocation;
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(init.getSession()));
        event.getSource().addSessionDestroyListener(destroy -> sessions.remove(destroy.getSession()));
    }

    @Scheduled(fixedDelayString = "PT2S")
    void closeRevoked() {
        Map<SignedInUser, List<VaadinSession>> byUser = new HashMap<>();
        for (VaadinSession session : sessions) {
            SignedInUser user = signedIn(session);
            if (user != null) {
                byUser.computeIfAbsent(user, u -> new ArrayList<>()).add(session);
            }
        }
        if (byUser.isEmpty()) {
            return;
        }
        for (SignedInUser user : revocation.revokedAmong(byUser.keySet())) {
            for (VaadinSession session : byUser.get(user)) {
                sessions.remove(session);
                session.access(() -> {
                    WrappedSession wrapped = session.getSession();
                    if (wrapped != null) {
                        wrapped.invalidate();
                    }
                });
            }
            audit.recordFor(user.getUsername(), AuditAction.SESSION_ENDED, "Session", null,
                    "access changed since sign-in; open pages closed");
        }
    }

    /** The account signed in to this session, as Spring Security keeps it in the HTTP session. */
    private static SignedInUser signedIn(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        if (wrapped == null) {
            return null;
        }
        try {
            Object context = wrapped.getAttribute(
                    HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            return context instanceof SecurityContext security && security.getAuthentication() != null
                    && security.getAuthentication().getPrincipal() instanceof SignedInUser user ? user : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }
}
