package org.partnerdashboard.newsletter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.Languages;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.LanguageSwitch;
import org.partnerdashboard.newsletter.SubscriptionService;

/**
 * The public sign-up for the newsletter: an address, a language and an explicit yes; a confirmation message
 * follows (double opt-in). The answer never says whether the address was already on the list.
 */
@Route(value = "subscribe", autoLayout = false)
@AnonymousAllowed
public class SubscribeView extends Main implements HasDynamicTitle {

    private final SubscriptionService subscriptions;
    private final EmailField email = new EmailField();
    private final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    private final Checkbox consent = new Checkbox();
    private final Span error = new Span();
    private final Div card = new Div();

    public SubscribeView(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        email.setLabel(getTranslation("subscribe.email"));
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setWidthFull();
        email.setId("subscribe-email");
        language.setLabel(getTranslation("subscribe.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Languages.closest(getLocale()));
        consent.setLabel(getTranslation("subscribe.consent"));
        consent.setId("subscribe-consent");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button submit = new Button(getTranslation("subscribe.submit"), VaadinIcon.ENVELOPE.create(), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("subscribe-submit");
        Div header = new Div(new Span(getTranslation("newsletter.masthead")), new H1(getTranslation("subscribe.title")),
                new Paragraph(getTranslation("subscribe.intro")));
        header.addClassName("registration-header");
        card.add(LanguageSwitch.forVisitors(), header, email, language, consent,
                new Paragraph(getTranslation("subscribe.privacy")), error, submit,
                new Paragraph(new Anchor("news", getTranslation("newsletter.archive.title"))));
        card.addClassName("registration-card");
        add(card);
        addClassName("registration-view");
    }

    private void submit() {
        FieldErrors errors = new FieldErrors(this).field("subscribe.email", email);
        errors.clear();
        error.setText("");
        if (!consent.getValue()) {
            error.setText(getTranslation("subscribe.error.consent"));
            return;
        }
        try {
            subscriptions.signUp(email.getValue(), language.getValue(), remoteAddress(), AppAddress.current());
        } catch (InvalidInputException invalid) {
            error.setText(errors.show(invalid));
            return;
        }
        card.removeAll();
        Div thanks = new Div(VaadinIcon.ENVELOPE_OPEN.create(), new H1(getTranslation("subscribe.thanks.title")),
                new Paragraph(getTranslation("subscribe.thanks.text", email.getValue().trim())));
        thanks.addClassName("registration-thanks");
        thanks.setId("subscribe-thanks");
        thanks.getElement().setAttribute("role", "status");
        card.add(thanks);
    }

    private static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null ? request.getRemoteAddr() : VaadinSession.getCurrent().getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscribe.title") + " · " + getTranslation("newsletter.masthead");
    }
}
