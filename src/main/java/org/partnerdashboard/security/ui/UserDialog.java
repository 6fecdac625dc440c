package org.partnerdashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.OrganizationOption;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserAdministrationService;
import org.partnerdashboard.security.UserDraft;
import org.partnerdashboard.security.UserRow;

/** Creates a user, or edits one: name, role, organization, enabled, password reset. Rules live in the service. */
class UserDialog extends Dialog {

    private final UserAdministrationService users;
    private final UserRow existing;
    private final Runnable onSaved;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<OrganizationOption> organization = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final EmailField email = new EmailField();
    private final Span error = new Span();

    /** @param existing the user to edit, or null to create one */
    UserDialog(UserAdministrationService users, UserRow existing, Runnable onSaved) {
        this.users = users;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        username.setLabel(getTranslation("users.username"));
        username.setRequiredIndicatorVisible(true);
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("users.role"));
        // manufacturers' accounts are opened by invitation from their company's page, never made here
        role.setItems(existing != null && !existing.role().partnershipStaff() ? List.of(existing.role())
                : Arrays.stream(Role.values()).filter(Role::partnershipStaff).toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        role.setRequired(true);
        organization.setLabel(getTranslation("users.organization"));
        List<OrganizationOption> organizations = new ArrayList<>(users.organizations());
        if (existing != null && organizations.stream().noneMatch(o -> o.id() == existing.organizationId())) {
            organizations.add(new OrganizationOption(existing.organizationId(), existing.organizationName(),
                    existing.role().organizationKind()));
        }
        organization.setItems(organizations);
        organization.setItemLabelGenerator(OrganizationOption::name);
        organization.setRequired(true);
        password.setLabel(getTranslation(existing == null ? "users.password" : "users.new-password"));
        password.setHelperText(getTranslation("users.password-help"));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            organization.setValue(organizations.stream()
                    .filter(o -> o.id() == existing.organizationId()).findFirst().orElse(null));
        }
        email.setLabel(getTranslation("users.email"));
        email.setHelperText(getTranslation("users.email-help"));
        if (existing != null && existing.email() != null) {
            email.setValue(existing.email());
        }
        FormLayout form = new FormLayout(username, displayName, role, organization, email, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form, error);

        Button save = new Button(getTranslation("action.save"), click -> attempt(this::save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()));
        if (existing != null) {
            Button toggle = new Button(getTranslation(existing.enabled() ? "users.disable" : "users.enable"),
                    click -> attempt(() -> users.setEnabled(existing.id(), existing.version(), !existing.enabled())));
            toggle.addThemeVariants(existing.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            getFooter().add(toggle);
        }
        getFooter().add(save);
        setWidth("40rem");
    }

    private UserRow save() {
        Long organizationId = organization.getValue() == null ? null : organization.getValue().id();
        UserDraft draft = new UserDraft(username.getValue(), displayName.getValue(), role.getValue(), organizationId,
                password.getValue(), email.getValue());
        if (existing == null) {
            return users.create(draft);
        }
        return users.update(existing.id(), existing.version(), draft);
    }

    private void attempt(Supplier<UserRow> action) {
        try {
            UserRow saved = action.get();
            Messages.success(getTranslation("users.saved", saved.username()));
            onSaved.run();
            close();
        } catch (InvalidInputException invalid) {
            error.setText(Messages.of(this, invalid));
        }
    }

}
