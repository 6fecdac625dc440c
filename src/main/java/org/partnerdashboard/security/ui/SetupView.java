package org.partnerdashboard.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.LanguageSwitch;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.FirstAdministrator;
import org.partnerdashboard.security.OrganizationOption;

/**
 * A new installation's first administrator (like Grafana's and Metabase's first start): exists only while there is
 * no administrator, and asks for the set-up code the server wrote to its log.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final FirstAdministrator firstAdministrator;
    private final TextField code = new TextField();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<OrganizationOption> organization = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();

    public SetupView(FirstAdministrator firstAdministrator) {
        this.firstAdministrator = firstAdministrator;
        code.setLabel(getTranslation("setup.code"));
        code.setHelperText(getTranslation("setup.code-help"));
        code.setId("setup-code");
        username.setLabel(getTranslation("users.username"));
        username.setId("setup-username");
        displayName.setLabel(getTranslation("users.display-name"));
        organization.setLabel(getTranslation("users.organization"));
        organization.setItemLabelGenerator(OrganizationOption::name);
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("setup.password-help", firstAdministrator.minPasswordLength()));
        confirmation.setLabel(getTranslation("setup.confirmation"));
        username.setRequiredIndicatorVisible(true);
        displayName.setRequiredIndicatorVisible(true);
        code.setRequiredIndicatorVisible(true);
        organization.setRequiredIndicatorVisible(true);
        password.setRequiredIndicatorVisible(true);
        Button create = new Button(getTranslation("setup.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("setup-create");
        FormLayout form = new FormLayout(code, username, displayName, organization, password, confirmation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div card = new Div(LanguageSwitch.forVisitors(), new H1(getTranslation("setup.title")),
                new Paragraph(getTranslation("setup.intro")), form, create);
        card.addClassName("login-card");
        add(card);
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!firstAdministrator.needed()) {
            event.forwardTo("login"); // the page exists only while there is no administrator
            return;
        }
        if (organization.isEmpty()) {
            var partners = firstAdministrator.organizations();
            organization.setItems(partners);
            partners.stream().findFirst().ifPresent(organization::setValue);
        }
    }

    private void create() {
        for (HasValidation field : new HasValidation[] {code, username, displayName, organization, password,
                confirmation}) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(confirmation.getValue())) {
            show(confirmation, getTranslation("setup.error.confirmation"));
            return;
        }
        try {
            firstAdministrator.createWithCode(code.getValue(), username.getValue(), displayName.getValue(),
                    password.getValue(), organization.isEmpty() ? null : organization.getValue().id());
            Messages.success(getTranslation("setup.created"));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (InvalidInputException invalid) {
            String key = invalid.messageKey();
            String message = Messages.of(this, invalid);
            if (key.equals("setup.error.done")) {
                Messages.error(message);
                getUI().ifPresent(ui -> ui.navigate("login"));
            } else if (key.startsWith("setup.error.code")) {
                show(code, message);
            } else if (key.contains("username")) {
                show(username, message);
            } else if (key.contains("password")) {
                show(password, message);
            } else if (key.contains("organization")) {
                show(organization, message);
            } else {
                show(displayName, message);
            }
        }
    }

    private static void show(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
