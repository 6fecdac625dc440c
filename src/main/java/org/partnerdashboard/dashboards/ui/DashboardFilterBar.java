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
 * Reports a new {@link DashboardFilter} whenever the user changes one. The fields are made when the "Filters" panel
 * is first opened: most open dashboards are read, and the chips and the charts' bars filter them too.
 */
class DashboardFilterBar extends Div {

    private final Div active = new Div();
    private final List<County> counties;
    private final List<Subsector> subsectors;
    private final List<OrganizationChoice> organizations;
    private Fields fields;
    private DashboardFilter current = DashboardFilter.NONE;
    private Consumer<DashboardFilter> listener = filter -> { };
    /** True while the fields are set to show a filter, which is not a change to report. */
    private boolean showing;

    /** The five fields, once made. */
    private record Fields(DatePicker from, DatePicker to, ComboBox<County> county, ComboBox<Subsector> subsector,
            ComboBox<OrganizationChoice> organization) {

        List<AbstractField<?, ?>> all() {
            return List.of(from, to, county, subsector, organization);
        }
    }

    DashboardFilterBar(List<County> counties, List<Subsector> subsectors, List<OrganizationChoice> organizations) {
        this.counties = counties;
        this.subsectors = subsectors;
        this.organizations = organizations;
        active.addClassName("active-filters");
        active.setId("active-filters");
        active.getElement().setAttribute("aria-live", "polite");
        add(FilterPanel.builtOnFirstOpen(this, this::makeFields), active);
        showActive(current);
    }

    private Div makeFields() {
        DatePicker from = Localized.datePicker(new DatePicker(getTranslation("overview.filter.from")));
        DatePicker to = Localized.datePicker(new DatePicker(getTranslation("overview.filter.to")));
        ComboBox<County> county = new ComboBox<>(getTranslation("overview.filter.county"), counties);
        county.setItemLabelGenerator(County::name);
        ComboBox<Subsector> subsector = new ComboBox<>(getTranslation("overview.filter.subsector"), subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        subsector.setWidth("20em");
        ComboBox<OrganizationChoice> organization = new ComboBox<>(getTranslation("overview.filter.organization"),
                organizations);
        organization.setItemLabelGenerator(OrganizationChoice::name);
        organization.setVisible(organizations.size() > 1);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        for (var box : List.of(county, subsector, organization)) {
            box.setClearButtonVisible(true);
        }
        fields = new Fields(from, to, county, subsector, organization);
        showInFields(current);
        fields.all().forEach(field -> field.addValueChangeListener(change -> {
            if (!showing) {
                update(fromFields());
            }
        }));
        Div bar = new Div(from, to, county, subsector, organization);
        bar.addClassName("filter-bar");
        return bar;
    }

    void addFilterChangeListener(Consumer<DashboardFilter> listener) {
        this.listener = listener;
    }

    /** Shows the filter (from the URL or a chart click) without reporting it back. */
    void show(DashboardFilter f) {
        current = f;
        showInFields(f);
        showActive(f);
    }

    DashboardFilter filter() {
        return current;
    }

    /** A change made here (a field, a chip, "Clear all"): shown, then reported. */
    private void update(DashboardFilter f) {
        show(f);
        listener.accept(f);
    }

    private void showInFields(DashboardFilter f) {
        if (fields == null) {
            return;
        }
        showing = true;
        fields.from().setValue(f.from());
        fields.to().setValue(f.to());
        fields.county().setValue(county(f));
        fields.subsector().setValue(subsector(f));
        fields.organization().setValue(organization(f));
        showing = false;
    }

    private DashboardFilter fromFields() {
        return new DashboardFilter(fields.from().getValue(), fields.to().getValue(),
                fields.county().getValue() == null ? null : fields.county().getValue().fips(),
                fields.subsector().getValue() == null ? null : fields.subsector().getValue().code(),
                fields.organization().getValue() == null ? null : fields.organization().getValue().id());
    }

    private County county(DashboardFilter f) {
        return counties.stream().filter(c -> c.fips().equals(f.countyFips())).findFirst().orElse(null);
    }

    private Subsector subsector(DashboardFilter f) {
        return subsectors.stream().filter(s -> s.code().equals(f.subsectorCode())).findFirst().orElse(null);
    }

    private OrganizationChoice organization(DashboardFilter f) {
        return organizations.stream().filter(o -> f.organizationId() != null && o.id() == f.organizationId())
                .findFirst().orElse(null);
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
            active.add(chip(period(f), () -> update(f.withPeriod(null, null))));
        }
        if (county(f) != null) {
            active.add(chip(county(f).name(), () -> update(f.withCounty(null))));
        }
        if (subsector(f) != null) {
            active.add(chip(subsector(f).label(), () -> update(f.withSubsector(null))));
        }
        if (organization(f) != null) {
            active.add(chip(organization(f).name(), () -> update(f.withOrganization(null))));
        }
        if (!f.isEmpty()) {
            Button clearAll = new Button(getTranslation("filter.clear"), click -> update(DashboardFilter.NONE));
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
