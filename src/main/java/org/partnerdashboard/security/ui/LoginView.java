package org.partnerdashboard.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.partnerdashboard.base.ui.LanguageSwitch;
import org.partnerdashboard.security.FirstAdministrator;

/** The only page open to everyone: sign in with a username and password. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final FirstAdministrator firstAdministrator;

    public LoginView(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        Div brand = new Div(new Div(getTranslation("app.name")), new Paragraph(getTranslation("login.intro")));
        brand.addClassName("login-brand");
        Paragraph register = new Paragraph(new Span(getTranslation("login.supplier") + " "),
                new Anchor("register", getTranslation("login.register")));
        register.addClassName("login-register");
        Div card = new Div(LanguageSwitch.forVisitors(), brand, login, register);
        card.addClassName("login-card");
        add(card);
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (firstAdministrator.needed()) {
            event.forwardTo(SetupView.class); // a new installation: nobody could sign in yet
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title") + " · " + getTranslation("app.name");
    }
}
