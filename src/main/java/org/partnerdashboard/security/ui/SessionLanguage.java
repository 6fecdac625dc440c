package org.partnerdashboard.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.UserLanguages;
import org.springframework.stereotype.Component;

/**
 * Opens the app in the language a user chose, once per session after they sign in (later switches in the session
 * win). Until then, and for visitors, Vaadin takes the closest supported language from the browser.
 */
@Component
class SessionLanguage implements VaadinServiceInitListener {

    /** The session attribute naming the user whose language was applied (signing in keeps the Vaadin session). */
    private static final String APPLIED_FOR = SessionLanguage.class.getName() + ".appliedFor";

    private final CurrentUser currentUser;
    private final UserLanguages languages;

    SessionLanguage(CurrentUser currentUser, UserLanguages languages) {
        this.currentUser = currentUser;
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    private void apply(UI ui) {
        VaadinSession session = ui.getSession();
        String username = currentUser.usernameOrAnonymous();
        if (CurrentUser.ANONYMOUS.equals(username) || username.equals(session.getAttribute(APPLIED_FOR))) {
            return;
        }
        session.setAttribute(APPLIED_FOR, username);
        languages.chosenBy(username).ifPresent(language -> {
            session.setLocale(language);
            ui.setLocale(language);
        });
    }
}
