package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.FilterPanel;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.placements.OrganizationChoice;

/**
 * The overview's global filters, and a line of chips saying what is active (each removable, with "Clear all").
 * Reports a new {@link DashboardFilter} whenever the user changes one.
 */
class DashboardFilterBar extends Div {

    private final DatePicker from = Localized.datePicker(new DatePicker());
    private final DatePicker to = Localized.datePicker(new DatePicker());
    private final ComboBox<County> county = new ComboBox<>();
    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final ComboBox<OrganizationChoice> organization = new ComboBox<>();
    private final Div active = new Div();
    private final List<County> counties;
    private final List<Subsector> subsectors;
    private final List<OrganizationChoice> organizations;
    private Consumer<DashboardFilter> listener = filter -> { };
    private boolean settingValues;

    DashboardFilterBar(List<County> counties, List<Subsector> subsectors, List<OrganizationChoice> organizations) {
        this.counties = counties;
        this.subsectors = subsectors;
        this.organizations = organizations;
        from.setLabel(getTranslation("overview.filter.from"));
        to.setLabel(getTranslation("overview.filter.to"));
        county.setLabel(getTranslation("overview.filter.county"));
        county.setItems(counties);
        county.setItemLabelGenerator(County::name);
        subsector.setLabel(getTranslation("overview.filter.subsector"));
        subsector.setItems(subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        subsector.setWidth("20em");
        organization.setLabel(getTranslation("overview.filter.organization"));
        organization.setItems(organizations);
        organization.setItemLabelGenerator(OrganizationChoice::name);
        organization.setVisible(organizations.size() > 1);
        for (var field : List.of(from, to)) {
            field.setClearButtonVisible(true);
        }
        for (var box : List.of(county, subsector, organization)) {
            box.setClearButtonVisible(true);
        }
        Div fields = new Div(from, to, county, subsector, organization);
        fields.addClassName("filter-bar");
        active.addClassName("active-filters");
        active.setId("active-filters");
        active.getElement().setAttribute("aria-live", "polite");
        add(new FilterPanel(fields), active); // the chips stay in sight when a phone closes the fields
        List.<AbstractField<?, ?>>of(from, to, county, subsector, organization)
                .forEach(field -> field.addValueChangeListener(change -> changed()));
    }

    void addFilterChangeListener(Consumer<DashboardFilter> listener) {
        this.listener = listener;
    }

    /** Shows the filter (from the URL or a chart click) without reporting it back. */
    void show(DashboardFilter f) {
        settingValues = true;
        from.setValue(f.from());
        to.setValue(f.to());
        county.setValue(counties.stream().filter(c -> c.fips().equals(f.countyFips())).findFirst().orElse(null));
        subsector.setValue(subsectors.stream().filter(s -> s.code().equals(f.subsectorCode())).findFirst().orElse(null));
        organization.setValue(organizations.stream().filter(o -> f.organizationId() != null
                && o.id() == f.organizationId()).findFirst().orElse(null));
        settingValues = false;
        showActive(f);
    }

    DashboardFilter filter() {
        return new DashboardFilter(from.getValue(), to.getValue(),
                county.getValue() == null ? null : county.getValue().fips(),
                subsector.getValue() == null ? null : subsector.getValue().code(),
                organization.getValue() == null ? null : organization.getValue().id());
    }

    private void changed() {
        if (!settingValues) {
            DashboardFilter f = filter();
            showActive(f);
            listener.accept(f);
        }
    }

    /** The active filters in words, as the chips show them (for exports' provenance). */
    List<String> describe(DashboardFilter f) {
        List<String> words = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            words.add(period(f));
        }
        words.addAll(describePart(f));
        return words;
    }

    /** Which part of the programs the filter keeps (county, subsector, organization), in words; null for all. */
    String scope(DashboardFilter f) {
        List<String> words = describePart(f);
        return words.isEmpty() ? null : String.join(" · ", words);
    }

    private List<String> describePart(DashboardFilter f) {
        List<String> words = new ArrayList<>();
        counties.stream().filter(c -> c.fips().equals(f.countyFips())).findFirst().ifPresent(c -> words.add(c.name()));
        subsectors.stream().filter(s -> s.code().equals(f.subsectorCode())).findFirst()
                .ifPresent(s -> words.add(s.label()));
        organizations.stream().filter(o -> f.organizationId() != null && o.id() == f.organizationId()).findFirst()
                .ifPresent(o -> words.add(o.name()));
        return words;
    }

    private String period(DashboardFilter f) {
        return getTranslation("overview.chip.period", f.from() == null ? "…" : Formats.date(f.from(), getLocale()),
                f.to() == null ? "…" : Formats.date(f.to(), getLocale()));
    }

    private void showActive(DashboardFilter f) {
        active.removeAll();
        if (f.from() != null || f.to() != null) {
            active.add(chip(period(f), () -> {
                        from.clear();
                        to.clear();
                    }));
        }
        if (county.getValue() != null) {
            active.add(chip(county.getValue().name(), county::clear));
        }
        if (subsector.getValue() != null) {
            active.add(chip(subsector.getValue().label(), subsector::clear));
        }
        if (organization.getValue() != null) {
            active.add(chip(organization.getValue().name(), organization::clear));
        }
        if (!f.isEmpty()) {
            Button clearAll = new Button(getTranslation("filter.clear"), click -> {
                settingValues = true;
                List.<AbstractField<?, ?>>of(from, to, county, subsector, organization).forEach(AbstractField::clear);
                settingValues = false;
                changed();
            });
            clearAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            clearAll.setId("clear-overview-filters");
            active.add(clearAll);
        } else {
            active.add(new Span(getTranslation("overview.no-filters")));
        }
    }

    private Span chip(String text, Runnable remove) {
        Button x = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> remove.run());
        x.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        x.setAriaLabel(getTranslation("overview.chip.remove", text));
        Span chip = new Span(new Span(text), x);
        chip.addClassName("filter-chip");
        return chip;
    }
}
