package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.sourcing.BuyerChoice;
import org.partnerdashboard.sourcing.SourcingRequestDraft;
import org.partnerdashboard.sourcing.SourcingService;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;

/** What a buyer needs: the fields of a sourcing request, read from and written to a {@link SourcingRequestDraft}. */
class SourcingRequestForm extends FormLayout {

    private final SourcingService sourcing;
    private final ComboBox<BuyerChoice> buyer = new ComboBox<>();
    private final TextField title = new TextField();
    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final MultiSelectComboBox<Capability> capabilities = Localized.multiSelect(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<QualityCertification> certifications = Localized.multiSelect(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<DiversityCertification> diversity = Localized.multiSelect(new MultiSelectComboBox<>());
    private final IntegerField quantity = new IntegerField();
    private final DatePicker dueDate = Localized.datePicker(new DatePicker());
    private final ComboBox<County> county = new ComboBox<>();
    private final Checkbox buyAmerica = new Checkbox();
    private final TextArea description = new TextArea();
    private final List<Subsector> subsectors;
    private final List<County> counties;

    /** @param sourcing staff's requests, to choose the buyer from; null in the buyer space (the buyer is the user's) */
    SourcingRequestForm(SourcingService sourcing, ReferenceDataService referenceData) {
        this.sourcing = sourcing;
        this.subsectors = referenceData.subsectors();
        this.counties = referenceData.counties();
        buyer.setLabel(getTranslation("sourcing.buyer"));
        if (sourcing != null) {
            buyer.setItems(query -> sourcing.buyers(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                    .stream());
        }
        buyer.setVisible(sourcing != null);
        buyer.setItemLabelGenerator(BuyerChoice::name);
        buyer.setRequiredIndicatorVisible(true);
        title.setLabel(getTranslation("sourcing.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        subsector.setLabel(getTranslation("sourcing.subsector"));
        subsector.setItems(subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        subsector.setClearButtonVisible(true);
        capabilities.setLabel(getTranslation("sourcing.capabilities"));
        capabilities.setItems(Capability.values());
        capabilities.setItemLabelGenerator(c -> getTranslation("capability." + c));
        certifications.setLabel(getTranslation("sourcing.certifications"));
        certifications.setItems(QualityCertification.values());
        certifications.setItemLabelGenerator(c -> getTranslation("certification." + c));
        diversity.setLabel(getTranslation("sourcing.diversity"));
        diversity.setItems(DiversityCertification.values());
        diversity.setItemLabelGenerator(c -> getTranslation("diversity." + c));
        quantity.setLabel(getTranslation("sourcing.quantity"));
        quantity.setMin(1);
        dueDate.setLabel(getTranslation("sourcing.due-date"));
        county.setLabel(getTranslation("sourcing.preferred-county"));
        county.setItems(counties);
        county.setItemLabelGenerator(County::name);
        county.setClearButtonVisible(true);
        buyAmerica.setLabel(getTranslation("sourcing.buy-america"));
        description.setLabel(getTranslation("sourcing.description"));
        description.setMaxLength(4000);
        add(buyer, title, subsector, capabilities, certifications, diversity, quantity, dueDate, county, buyAmerica,
                description);
        setColspan(title, 2);
        setColspan(description, 3);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2), new ResponsiveStep("60em", 3));
    }

    void show(SourcingRequestDraft d) {
        if (sourcing != null) {
            buyer.setValue(d.buyerId() == null ? null : sourcing.buyer(d.buyerId()).orElse(null));
        }
        title.setValue(d.title() == null ? "" : d.title());
        subsector.setValue(subsectors.stream().filter(s -> s.code().equals(d.naicsCode())).findFirst().orElse(null));
        capabilities.setValue(d.capabilities());
        certifications.setValue(d.certifications());
        diversity.setValue(d.diversityPreferences());
        quantity.setValue(d.quantity());
        dueDate.setValue(d.dueDate());
        county.setValue(counties.stream().filter(c -> c.fips().equals(d.preferredCountyFips())).findFirst().orElse(null));
        buyAmerica.setValue(d.buyAmericaRequired());
        description.setValue(d.description() == null ? "" : d.description());
    }

    SourcingRequestDraft draft() {
        return new SourcingRequestDraft(buyer.getValue() == null ? null : buyer.getValue().id(), title.getValue(),
                description.getValue(), subsector.getValue() == null ? null : subsector.getValue().code(),
                capabilities.getValue(), certifications.getValue(), diversity.getValue(), quantity.getValue(),
                dueDate.getValue(), county.getValue() == null ? null : county.getValue().fips(), buyAmerica.getValue());
    }

    void setEditable(boolean editable) {
        List.<HasValue<?, ?>>of(buyer, title, subsector, capabilities, certifications,
                diversity, quantity, dueDate, county, buyAmerica, description).forEach(field -> field.setReadOnly(!editable));
    }

    /** Marks the field a message is about; returns false when the message is about no field here. */
    boolean markInvalid(String fieldKey, String message) {
        Map<String, HasValidation> fields = Map.of("sourcing.buyer", buyer, "sourcing.title", title,
                "sourcing.subsector", subsector, "sourcing.quantity", quantity, "sourcing.due-date", dueDate,
                "sourcing.preferred-county", county, "sourcing.description", description);
        HasValidation field = fields.get(fieldKey);
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    void clearInvalid() {
        List.<HasValidation>of(buyer, title, subsector, quantity, dueDate, county, description)
                .forEach(field -> field.setInvalid(false));
    }
}
