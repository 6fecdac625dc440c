package org.partnerdashboard.suppliers.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.Industry;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SizeBand;
import org.partnerdashboard.suppliers.SupplierFilter;
import org.partnerdashboard.suppliers.SupplierSourceChoice;

/** The directory's facets. Reports a new {@link SupplierFilter} whenever one changes. */
class SupplierFilterBar extends Div {

    private final TextField text = new TextField();
    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final ComboBox<Industry> industry = new ComboBox<>();
    private final ComboBox<Capability> capability = new ComboBox<>();
    private final Select<QualityCertification> quality = new Select<>();
    private final Select<DiversityCertification> diversity = new Select<>();
    private final ComboBox<County> county = new ComboBox<>();
    private final Select<SizeBand> size = new Select<>();
    private final Checkbox buyAmerica = new Checkbox();
    private final Select<RegistrationStatus> status = new Select<>();
    private final ComboBox<SupplierSourceChoice> source = new ComboBox<>();
    private final List<Subsector> subsectors;
    private final List<Industry> industries;
    private final List<County> counties;
    private final List<SupplierSourceChoice> sources;
    private Consumer<SupplierFilter> listener = filter -> { };
    private boolean clearing;

    /** @param sources the imported lists, to filter by the one suppliers came from */
    SupplierFilterBar(ReferenceDataService referenceData, List<SupplierSourceChoice> sources) {
        this.subsectors = referenceData.subsectors();
        this.industries = referenceData.industries();
        this.counties = referenceData.counties();
        this.sources = sources;
        text.setLabel(getTranslation("directory.search"));
        text.setPlaceholder(getTranslation("directory.search-placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        subsector.setLabel(getTranslation("supplier.primary-subsector"));
        subsector.setItems(subsectors);
        subsector.setItemLabelGenerator(Subsector::label);
        industry.setLabel(getTranslation("directory.naics-code"));
        industry.setItems(industries);
        industry.setItemLabelGenerator(Industry::label);
        industry.setWidth("18em");
        capability.setLabel(getTranslation("directory.capability"));
        capability.setItems(Capability.values());
        capability.setItemLabelGenerator(c -> getTranslation("capability." + c));
        quality.setLabel(getTranslation("directory.certification"));
        quality.setItems(QualityCertification.values());
        quality.setEmptySelectionAllowed(true);
        quality.setItemLabelGenerator(c -> c == null ? getTranslation("filter.any") : getTranslation("certification." + c));
        diversity.setLabel(getTranslation("directory.diversity"));
        diversity.setItems(DiversityCertification.values());
        diversity.setEmptySelectionAllowed(true);
        diversity.setItemLabelGenerator(c -> c == null ? getTranslation("filter.any") : getTranslation("diversity." + c));
        county.setLabel(getTranslation("supplier.county"));
        county.setItems(counties);
        county.setItemLabelGenerator(County::name);
        size.setLabel(getTranslation("directory.size"));
        size.setItems(SizeBand.values());
        size.setEmptySelectionAllowed(true);
        size.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("size-band." + s));
        buyAmerica.setLabel(getTranslation("directory.buy-america-only"));
        status.setLabel(getTranslation("directory.status"));
        status.setItems(RegistrationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("registration-status." + s));
        status.setValue(RegistrationStatus.APPROVED);
        source.setLabel(getTranslation("directory.source"));
        source.setItems(sources);
        source.setItemLabelGenerator(SupplierSourceChoice::name);
        source.setVisible(!sources.isEmpty());
        for (ComboBox<?> box : List.of(subsector, industry, capability, county, source)) {
            box.setClearButtonVisible(true);
        }
        Button clear = new Button(getTranslation("filter.clear"), click -> clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setId("clear-supplier-filters");
        add(text, subsector, industry, capability, quality, diversity, county, size, status, source, buyAmerica, clear);
        addClassName("filter-bar");
        List.<AbstractField<?, ?>>of(text, subsector, industry, capability, quality, diversity, county, size, buyAmerica,
                status, source).forEach(field -> field.addValueChangeListener(change -> changed()));
    }

    void addFilterChangeListener(Consumer<SupplierFilter> listener) {
        this.listener = listener;
    }

    SupplierFilter filter() {
        return new SupplierFilter(text.getValue().isBlank() ? null : text.getValue().trim(),
                subsector.getValue() == null ? null : subsector.getValue().code(),
                industry.getValue() == null ? null : industry.getValue().code(), capability.getValue(),
                quality.getValue(), diversity.getValue(), county.getValue() == null ? null : county.getValue().fips(),
                size.getValue(), buyAmerica.getValue() ? true : null, status.getValue(),
                source.getValue() == null ? null : source.getValue().id());
    }

    /** Shows a filter (the page's address) without reporting it; values that match no choice are left empty. */
    void setFilter(SupplierFilter f) {
        clearing = true;
        text.setValue(f.text() == null ? "" : f.text());
        subsector.setValue(find(subsectors, choice -> choice.code().equals(f.subsectorCode())));
        industry.setValue(find(industries, choice -> choice.code().equals(f.naicsCode())));
        capability.setValue(f.capability());
        quality.setValue(f.qualityCertification());
        diversity.setValue(f.diversityCertification());
        county.setValue(find(counties, choice -> choice.fips().equals(f.countyFips())));
        size.setValue(f.size());
        buyAmerica.setValue(Boolean.TRUE.equals(f.buyAmerica()));
        status.setValue(f.status());
        source.setValue(find(sources, choice -> f.sourceId() != null && choice.id() == f.sourceId()));
        clearing = false;
    }

    private static <T> T find(List<T> choices, Predicate<T> match) {
        return choices.stream().filter(match).findFirst().orElse(null);
    }

    private void clear() {
        clearing = true;
        List.<AbstractField<?, ?>>of(text, subsector, industry, capability, quality, diversity, county, size, buyAmerica,
                source).forEach(AbstractField::clear);
        status.setValue(RegistrationStatus.APPROVED);
        clearing = false;
        changed();
    }

    private void changed() {
        if (!clearing) {
            listener.accept(filter());
        }
    }
}
