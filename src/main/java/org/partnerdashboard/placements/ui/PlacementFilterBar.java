package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.placements.OrganizationChoice;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementStatus;
import org.partnerdashboard.placements.PlacementType;

/** The placements grid's filters. Reports a new {@link PlacementFilter} whenever the user changes one. */
class PlacementFilterBar extends Div {

    private final ComboBox<OrganizationChoice> organization = new ComboBox<>();
    private final ComboBox<OrganizationChoice> employer = new ComboBox<>();
    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final Select<PlacementType> type = new Select<>();
    private final Select<PlacementStatus> status = new Select<>();
    private final DatePicker from = Localized.datePicker(new DatePicker());
    private final DatePicker to = Localized.datePicker(new DatePicker());
    private final BigDecimalField wageMin = new BigDecimalField();
    private final BigDecimalField wageMax = new BigDecimalField();
    private final TextField text = new TextField();
    private final List<Subsector> subsectors;
    private final PlacementService placements;
    private Consumer<PlacementFilter> listener = filter -> { };
    private boolean settingValues;

    PlacementFilterBar(PlacementService placements, List<Subsector> subsectors) {
        this.placements = placements;
        this.subsectors = subsectors;
        List<OrganizationChoice> organizations = placements.placingOrganizations();
        organization.setLabel(getTranslation("placements.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(OrganizationChoice::name);
        organization.setVisible(organizations.size() > 1);
        employer.setLabel(getTranslation("placements.employer"));
        employer.setItems(query -> placements.employers(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        employer.setItemLabelGenerator(OrganizationChoice::name);
        subsector.setLabel(getTranslation("placements.subsector"));
        subsector.setItems(subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        type.setLabel(getTranslation("placements.type"));
        type.setItems(PlacementType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("filter.any") : getTranslation("placement-type." + t));
        type.setEmptySelectionAllowed(true);
        status.setLabel(getTranslation("placements.status"));
        status.setItems(PlacementStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("placement-status." + s));
        status.setEmptySelectionAllowed(true);
        from.setLabel(getTranslation("placements.filter.started-from"));
        to.setLabel(getTranslation("placements.filter.started-to"));
        wageMin.setLabel(getTranslation("placements.filter.wage-min"));
        wageMax.setLabel(getTranslation("placements.filter.wage-max"));
        text.setLabel(getTranslation("placements.filter.search"));
        text.setPlaceholder(getTranslation("placements.filter.search-placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        organization.setClearButtonVisible(true);
        employer.setClearButtonVisible(true);
        subsector.setClearButtonVisible(true);
        text.setClearButtonVisible(true);
        for (var field : List.of(from, to)) {
            field.setClearButtonVisible(true);
        }
        for (var field : List.of(wageMin, wageMax)) {
            field.setClearButtonVisible(true);
            field.setWidth("8em");
        }
        Button clear = new Button(getTranslation("filter.clear"), click -> setFilter(PlacementFilter.NONE, true));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("clear-filters");
        add(text, organization, employer, subsector, type, status, from, to, wageMin, wageMax, clear);
        addClassName("filter-bar");
        List.<AbstractField<?, ?>>of(organization, employer, subsector, type, status, from, to, wageMin, wageMax, text)
                .forEach(field -> field.addValueChangeListener(change -> changed()));
    }

    void addFilterChangeListener(Consumer<PlacementFilter> listener) {
        this.listener = listener;
    }

    /** Shows the given filter (e.g. from the URL); notifies the listener only when {@code notify} is set. */
    void setFilter(PlacementFilter f, boolean notify) {
        settingValues = true;
        organization.setValue(f.organizationId() == null ? null : placements.placingOrganizations().stream()
                .filter(o -> o.id() == f.organizationId()).findFirst().orElse(null));
        employer.setValue(f.employerId() == null ? null : placements.employer(f.employerId()).orElse(null));
        subsector.setValue(subsectors.stream().filter(s -> s.code().equals(f.naicsCode())).findFirst().orElse(null));
        type.setValue(f.type());
        status.setValue(f.status());
        from.setValue(f.startFrom());
        to.setValue(f.startTo());
        wageMin.setValue(f.wageMin());
        wageMax.setValue(f.wageMax());
        text.setValue(f.text() == null ? "" : f.text());
        settingValues = false;
        if (notify) {
            changed();
        }
    }

    PlacementFilter filter() {
        return new PlacementFilter(
                organization.getValue() == null ? null : organization.getValue().id(),
                employer.getValue() == null ? null : employer.getValue().id(),
                subsector.getValue() == null ? null : subsector.getValue().code(),
                type.getValue(), status.getValue(), from.getValue(), to.getValue(), wageMin.getValue(),
                wageMax.getValue(), text.getValue().isBlank() ? null : text.getValue().trim());
    }

    private void changed() {
        if (!settingValues) {
            listener.accept(filter());
        }
    }
}
