package org.partnerdashboard.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for services that filter rows by who is asking. */
@Component
public class CurrentUser {

    /** The username of nobody signed in, as the audit trail records it. */
    public static final String ANONYMOUS = "anonymous";

    /** Vaadin installs its own strategy (VaadinSession-aware); method security reads the same one. */
    private final SecurityContextHolderStrategy contexts;

    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** @throws AccessDeniedException when nobody is signed in */
    public SignedInUser require() {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new AccessDeniedException("Not signed in");
    }

    public AccessScope scope() {
        return require().scope();
    }

    /** What figures about people the signed-in user may be shown exactly, and how the rest are protected. */
    public Disclosure disclosure() {
        return Disclosure.forViewer(scope());
    }

    /** The username for the audit trail, or "anonymous". */
    public String usernameOrAnonymous() {
        Authentication authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? user.getUsername() : ANONYMOUS;
    }
}
