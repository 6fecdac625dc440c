package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.ui.Messages;

/** Asks whom to invite (name, address, the language of the message and the page it opens) and invites them. */
public class InviteDialog extends Dialog {

    /** Invites the person; a rule the input breaks keeps the dialog open with its message. */
    @FunctionalInterface
    public interface Invite {
        void invite(String displayName, String email, Locale language);
    }

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final Span error = new Span();

    public InviteDialog(String title, String suggestedName, String suggestedEmail, Invite invite, Runnable onInvited) {
        setHeaderTitle(title);
        name.setLabel(getTranslation("invitations.name"));
        name.setValue(suggestedName == null ? "" : suggestedName);
        name.setMaxLength(150);
        name.setRequiredIndicatorVisible(true);
        name.setId("invite-name");
        email.setLabel(getTranslation("invitations.email"));
        email.setValue(suggestedEmail == null ? "" : suggestedEmail);
        email.setRequiredIndicatorVisible(true);
        email.setId("invite-email");
        language.setLabel(getTranslation("invitations.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Languages.closest(getLocale()));
        FormLayout form = new FormLayout(name, email, language);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        add(form, error);
        Button send = new Button(getTranslation("invitations.send"), click -> {
            name.setInvalid(false);
            email.setInvalid(false);
            try {
                invite.invite(name.getValue(), email.getValue(), language.getValue());
                Messages.success(getTranslation("invitations.sent", email.getValue().trim()));
                close();
                onInvited.run();
            } catch (InvalidInputException invalid) {
                String message = Messages.of(this, invalid);
                if (invalid.messageKey().contains("email") || invalid.messageKey().contains("address")) {
                    email.setErrorMessage(message);
                    email.setInvalid(true);
                } else if (invalid.messageKey().contains("name")) {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                } else {
                    error.setText(message);
                }
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("invite-send");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, send);
    }
}
