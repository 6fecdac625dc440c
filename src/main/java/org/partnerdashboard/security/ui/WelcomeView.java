package org.partnerdashboard.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.LanguageSwitch;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.InvitationService;
import org.partnerdashboard.security.InvitationService.OpenInvitation;

/**
 * Where an invitation's link leads: the invited person chooses a username and password and their account opens.
 * The link's secret stays in the address only until the account exists; a used, withdrawn or expired link says so.
 */
@Route(value = "welcome", autoLayout = false)
@AnonymousAllowed
public class WelcomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final Div card = new Div();
    private String token;

    public WelcomeView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("login-view");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        card.removeAll();
        Optional<OpenInvitation> invitation = invitations.open(token);
        if (invitation.isEmpty()) {
            card.add(LanguageSwitch.forVisitors(), new H1(getTranslation("welcome.closed.title")),
                    new Paragraph(getTranslation("welcome.closed.text")),
                    new Anchor("login", getTranslation("welcome.sign-in")));
            return;
        }
        OpenInvitation open = invitation.get();
        if (event.getUI().getLocale() == null || !event.getUI().getLocale().getLanguage()
                .equals(open.language().getLanguage())) {
            event.getUI().setLocale(open.language()); // the language staff chose for the invitee, until they switch
        }
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("welcome.username-help"));
        username.setValue(open.suggestedUsername());
        username.setRequiredIndicatorVisible(true);
        username.setId("welcome-username");
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("setup.password-help", invitations.minPasswordLength()));
        password.setRequiredIndicatorVisible(true);
        password.setId("welcome-password");
        confirmation.setLabel(getTranslation("setup.confirmation"));
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setId("welcome-confirmation");
        Button create = new Button(getTranslation("welcome.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("welcome-create");
        FormLayout form = new FormLayout(username, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        card.add(LanguageSwitch.forVisitors(), new H1(getTranslation("welcome.title", open.displayName())),
                new Paragraph(getTranslation("welcome.intro." + open.role().name(), open.organizationName(),
                        open.email())), form, create);
    }

    private void create() {
        for (HasValidation field : new HasValidation[] {username, password, confirmation}) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(confirmation.getValue())) {
            show(confirmation, getTranslation("setup.error.confirmation"));
            return;
        }
        try {
            String name = invitations.accept(token, username.getValue(), password.getValue());
            Messages.success(getTranslation("welcome.created", name));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (InvalidInputException invalid) {
            String message = Messages.of(this, invalid);
            if (invalid.messageKey().equals("invitations.error.link-closed")) {
                Messages.error(message);
                getUI().ifPresent(ui -> ui.navigate("login"));
            } else if (invalid.messageKey().contains("password")) {
                show(password, message);
            } else {
                show(username, message);
            }
        }
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welcome.page-title") + " · " + getTranslation("app.name");
    }
}
