package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.NewsletterOptIn;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.LanguageSwitch;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.RegistrationReceipt;
import org.partnerdashboard.suppliers.SupplierRegistration;
import org.partnerdashboard.suppliers.SupplierRegistrationService;
import org.partnerdashboard.suppliers.UsStates;

/**
 * The public page where a manufacturer registers with the Supply Chain Center; no sign-in. The service validates
 * and limits; this page shows its messages beside the fields and confirms with a reference.
 */
@Route(value = "register", autoLayout = false)
@AnonymousAllowed
public class SupplierRegistrationView extends Main implements HasDynamicTitle {

    private final SupplierRegistrationService registrations;
    private final TextField legalName = new TextField();
    private final TextField street = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> state = new ComboBox<>();
    private final TextField zip = new TextField();
    private final ComboBox<County> county = new ComboBox<>();
    private final TextField website = new TextField();
    private final IntegerField employees = new IntegerField();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final MultiSelectComboBox<Industry> naicsCodes = Localized.multiSelect(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<Capability> capabilities = Localized.multiSelect(new MultiSelectComboBox<>());
    private final CheckboxGroup<QualityCertification> quality = new CheckboxGroup<>();
    private final CheckboxGroup<DiversityCertification> diversity = new CheckboxGroup<>();
    private final Checkbox buyAmerica = new Checkbox();
    private final Checkbox newsletter = new Checkbox();
    private final Span error = new Span();
    private final Div card = new Div();
    /** The NAICS codes in the order they were picked: the first one is the primary subsector. */
    private final List<Industry> pickedCodes = new ArrayList<>();

    public SupplierRegistrationView(SupplierRegistrationService registrations, ReferenceDataService referenceData) {
        this.registrations = registrations;
        configureFields(referenceData);
        Button submit = new Button(getTranslation("registration.submit"), VaadinIcon.CHECK.create(), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setId("submit-registration");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");

        Div header = new Div(new Span(getTranslation("registration.program")), new H1(getTranslation("registration.title")),
                new Paragraph(getTranslation("registration.intro")));
        header.addClassName("registration-header");
        card.add(LanguageSwitch.forVisitors(), header,
                section("registration.section.company", legalName, street, city, state, zip, county, website, employees),
                section("registration.section.contact", contactName, contactEmail, contactPhone, newsletter),
                section("registration.section.capabilities", naicsCodes, capabilities),
                section("registration.section.certifications", quality, diversity, buyAmerica),
                new Paragraph(getTranslation("registration.privacy")), error, submit,
                new Paragraph(new Anchor("login", getTranslation("registration.staff-sign-in"))));
        card.addClassName("registration-card");
        add(card);
        addClassName("registration-view");
    }

    private void configureFields(ReferenceDataService referenceData) {
        label(legalName, "supplier.legal-name", true);
        legalName.setMaxLength(200);
        label(street, "supplier.street", false);
        street.setMaxLength(200);
        label(city, "supplier.city", true);
        city.setMaxLength(100);
        state.setLabel(getTranslation("supplier.state"));
        state.setItems(UsStates.CODES);
        state.setValue("IL");
        state.setRequiredIndicatorVisible(true);
        state.addValueChangeListener(change -> {
            county.setEnabled("IL".equals(change.getValue()));
            if (!"IL".equals(change.getValue())) {
                county.clear();
            }
        });
        label(zip, "supplier.zip", true);
        zip.setMaxLength(10);
        county.setLabel(getTranslation("supplier.county"));
        county.setHelperText(getTranslation("registration.county-help"));
        county.setItems(referenceData.counties());
        county.setItemLabelGenerator(County::name);
        county.setClearButtonVisible(true);
        label(website, "supplier.website", false);
        website.setMaxLength(200);
        website.setPlaceholder("https://");
        employees.setLabel(getTranslation("supplier.employees"));
        employees.setRequiredIndicatorVisible(true);
        employees.setMin(1);
        label(contactName, "supplier.contact-name", true);
        contactName.setMaxLength(150);
        contactEmail.setLabel(getTranslation("supplier.contact-email"));
        contactEmail.setRequiredIndicatorVisible(true);
        contactEmail.setMaxLength(200);
        label(contactPhone, "supplier.contact-phone", false);
        contactPhone.setMaxLength(30);
        naicsCodes.setLabel(getTranslation("supplier.naics-codes"));
        naicsCodes.setHelperText(getTranslation("registration.naics-help"));
        naicsCodes.setItems(referenceData.industries());
        naicsCodes.setItemLabelGenerator(Industry::label);
        naicsCodes.setRequiredIndicatorVisible(true);
        naicsCodes.addSelectionListener(selection -> {
            pickedCodes.removeAll(selection.getRemovedSelection());
            selection.getAddedSelection().stream().filter(i -> !pickedCodes.contains(i)).forEach(pickedCodes::add);
        });
        capabilities.setLabel(getTranslation("supplier.capabilities"));
        capabilities.setItems(Capability.values());
        capabilities.setItemLabelGenerator(c -> getTranslation("capability." + c));
        quality.setLabel(getTranslation("supplier.quality-certifications"));
        quality.setItems(QualityCertification.values());
        quality.setItemLabelGenerator(c -> getTranslation("certification." + c));
        diversity.setLabel(getTranslation("supplier.diversity-certifications"));
        diversity.setItems(DiversityCertification.values());
        diversity.setItemLabelGenerator(c -> getTranslation("diversity." + c));
        buyAmerica.setLabel(getTranslation("registration.buy-america"));
        newsletter.setLabel(getTranslation("registration.newsletter"));
        newsletter.setId("registration-newsletter");
    }

    private void label(TextField field, String key, boolean required) {
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(required);
    }

    private Div section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        for (var field : fields) {
            if (field instanceof MultiSelectComboBox<?> || field instanceof CheckboxGroup<?> || field == legalName
                    || field == buyAmerica || field == newsletter) {
                form.setColspan(field, 2);
            }
        }
        Div section = new Div(new H2(getTranslation(titleKey)), form);
        section.addClassName("registration-section");
        return section;
    }

    private void submit() {
        clearErrors();
        SupplierRegistration registration = new SupplierRegistration(legalName.getValue(), street.getValue(),
                city.getValue(), state.getValue(), zip.getValue(), county.getValue() == null ? null : county.getValue().fips(),
                contactName.getValue(), contactEmail.getValue(), contactPhone.getValue(), website.getValue(),
                pickedCodes.stream().filter(naicsCodes.getValue()::contains).map(Industry::code).toList(),
                capabilities.getValue(), quality.getValue(), diversity.getValue(), employees.getValue(),
                buyAmerica.getValue());
        try {
            RegistrationReceipt receipt = registrations.register(registration, remoteAddress(),
                    newsletter.getValue() ? new NewsletterOptIn(contactEmail.getValue(), getLocale(), AppAddress.current())
                            : null);
            showThanks(receipt);
        } catch (InvalidInputException invalid) {
            showError(invalid);
        }
    }

    private static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null ? request.getRemoteAddr() : VaadinSession.getCurrent().getBrowser().getAddress();
    }

    private void showThanks(RegistrationReceipt receipt) {
        card.removeAll();
        Div thanks = new Div(VaadinIcon.CHECK_CIRCLE.create(), new H1(getTranslation("registration.thanks.title")),
                new Paragraph(getTranslation("registration.thanks.text", receipt.reference())),
                new Paragraph(new Anchor("register", getTranslation("registration.thanks.another"))));
        thanks.addClassName("registration-thanks");
        thanks.setId("registration-thanks");
        thanks.getElement().setAttribute("role", "status");
        card.add(thanks);
    }

    private void showError(InvalidInputException invalid) {
        error.setText(fieldErrors().show(invalid));
    }

    private void clearErrors() {
        error.setText("");
        fieldErrors().clear();
    }

    /** The fields in the page's order, by the keys the registration rules name them with. */
    private FieldErrors fieldErrors() {
        return new FieldErrors(this).field("supplier.legal-name", legalName).field("supplier.street", street)
                .field("supplier.city", city).field("supplier.state", state).field("supplier.zip", zip)
                .field("supplier.county", county).field("supplier.website", website)
                .field("supplier.employees", employees).field("supplier.contact-name", contactName)
                .field("supplier.contact-email", contactEmail).field("supplier.contact-phone", contactPhone)
                .field("supplier.naics-codes", naicsCodes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("registration.title") + " · " + getTranslation("registration.program");
    }
}
