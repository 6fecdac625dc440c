package org.partnerdashboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.partnerdashboard.base.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A page that cannot be shown. When the address is one of the app's pages that the signed-in user's role does not
 * open, it says so (and whom to ask); otherwise the page is missing, or what it would show is gone or not the
 * user's to see (another organization's person gets the same answer as a deleted one). Visitors who are not signed
 * in never get here for a protected page: they are sent to sign in.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found-view");
        String home = signedIn().map(SignedInPerson::home).orElse("");
        String path = event.getLocation().getPath();
        if (path.isEmpty() && !home.isEmpty()) {
            // a supplier's or buyer's sign-in lands on the staff overview's address: their space is their home
            event.forwardTo(home);
            return HttpServletResponse.SC_OK;
        }
        Optional<String> role = closedToRole(path);
        if (role.isPresent()) {
            add(new H1(getTranslation("forbidden.title")), new Paragraph(getTranslation("forbidden.text", role.get())),
                    new Anchor(home, getTranslation("not-found.home")));
            return HttpServletResponse.SC_FORBIDDEN;
        }
        add(new H1(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.text")),
                new Anchor(home, getTranslation("not-found.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    private static Optional<SignedInPerson> signedIn() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInPerson person ? Optional.of(person)
                : Optional.empty();
    }

    /** The signed-in user's role in words, when the path is a page whose roles do not include it. */
    private Optional<String> closedToRole(String path) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !(signedIn.getPrincipal() instanceof SignedInPerson person)) {
            return Optional.empty();
        }
        RolesAllowed allowed = RouteConfiguration.forApplicationScope().getRoute(path)
                .map(view -> view.getAnnotation(RolesAllowed.class)).orElse(null);
        if (allowed == null) {
            return Optional.empty();
        }
        boolean hasOne = signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> Arrays.stream(allowed.value()).anyMatch(r -> authority.equals("ROLE_" + r)));
        return hasOne ? Optional.empty() : Optional.of(getTranslation(person.roleKey()));
    }
}
