package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.FieldErrors;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.CompanyProfile;
import org.partnerdashboard.suppliers.MyCompany;
import org.partnerdashboard.suppliers.SupplierSpaceService;

/**
 * The supplier space's company page: what staff keep on record (name, address, industries), the profile the company
 * keeps current itself, and its certifications, whose changes staff verify; every change joins the supplier's
 * history.
 */
@Route("my-company")
@Menu(order = 1, icon = "vaadin:factory", title = "nav.my-company")
@RolesAllowed(Role.Names.SUPPLIER)
public class MyCompanyView extends VerticalLayout implements HasDynamicTitle {

    private final SupplierSpaceService space;
    private final Clock clock;
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    private final TextField website = new TextField();
    private final IntegerField employees = new IntegerField();
    private final MultiSelectComboBox<Capability> capabilities = Localized.multiSelect(new MultiSelectComboBox<>());
    private final TextArea products = new TextArea();
    private final Checkbox buyAmerica = new Checkbox();
    private final Span error = new Span();
    private final FieldErrors errors = new FieldErrors(this);
    private final VerticalLayout record = new VerticalLayout();
    private final UnorderedList changes = new UnorderedList();
    private final CertificationsSection certifications;
    private MyCompany company;

    public MyCompanyView(SupplierSpaceService space, Clock clock) {
        this.space = space;
        this.clock = clock;
        this.certifications = new CertificationsSection(space, this::load);
        contactName.setLabel(getTranslation("supplier.contact-name"));
        contactName.setRequiredIndicatorVisible(true);
        contactEmail.setLabel(getTranslation("supplier.contact-email"));
        contactEmail.setRequiredIndicatorVisible(true);
        contactPhone.setLabel(getTranslation("supplier.contact-phone"));
        website.setLabel(getTranslation("supplier.website"));
        employees.setLabel(getTranslation("supplier.employees"));
        employees.setRequiredIndicatorVisible(true);
        capabilities.setLabel(getTranslation("supplier.capabilities"));
        capabilities.setItems(Capability.values());
        capabilities.setItemLabelGenerator(c -> getTranslation("capability." + c));
        products.setLabel(getTranslation("my-company.products"));
        products.setMaxLength(1000);
        buyAmerica.setLabel(getTranslation("supplier.buy-america"));
        errors.field("supplier.contact-name", contactName).field("supplier.contact-email", contactEmail)
                .field("supplier.contact-phone", contactPhone).field("supplier.website", website)
                .field("supplier.employees", employees).field("supplier.products-services", products);
        FormLayout form = new FormLayout(contactName, contactEmail, contactPhone, website, employees, capabilities,
                products, buyAmerica);
        form.setColspan(products, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
        form.setMaxWidth("48rem");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-company");
        record.setPadding(false);
        changes.addClassName("history");
        add(new H1(getTranslation("my-company.title")), record, new H2(getTranslation("my-company.profile")),
                new Paragraph(getTranslation("my-company.profile-intro")), form, error, save, certifications,
                new H2(getTranslation("my-company.changes")), changes);
        load();
    }

    private void load() {
        company = space.myCompany();
        record.removeAll();
        record.add(SupplierSummary.ofRecord(company, this), new Paragraph(getTranslation("my-company.record-note")));
        CompanyProfile p = company.profile();
        contactName.setValue(text(p.contactName()));
        contactEmail.setValue(text(p.contactEmail()));
        contactPhone.setValue(text(p.contactPhone()));
        website.setValue(text(p.website()));
        employees.setValue(p.employeeCount());
        capabilities.setValue(p.capabilities());
        products.setValue(text(p.productsServices()));
        buyAmerica.setValue(p.buyAmerica());
        certifications.show(company);
        changes.removeAll();
        company.changes().forEach(change -> changes.add(new ListItem(
                Formats.dateTime(change.at(), clock.getZone(), getLocale()) + " · "
                        + getTranslation("supplier-decision." + change.kind()) + " · " + change.what())));
        if (company.changes().isEmpty()) {
            changes.add(new ListItem(getTranslation("my-company.no-changes")));
        }
    }

    private void save() {
        error.setText("");
        errors.clear();
        try {
            space.updateProfile(company.version(), new CompanyProfile(contactName.getValue(), contactEmail.getValue(),
                    contactPhone.getValue(), website.getValue(), employees.getValue(), capabilities.getValue(),
                    products.getValue(), buyAmerica.getValue()));
            Messages.success(getTranslation("my-company.saved"));
            load();
        } catch (ConcurrentEditException changed) {
            error.setText(getTranslation("my-company.changed-meanwhile"));
            load();
        } catch (InvalidInputException invalid) {
            error.setText(errors.show(invalid));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-company.title") + " · " + getTranslation("app.name");
    }
}
