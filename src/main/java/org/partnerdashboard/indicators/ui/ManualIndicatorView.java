package org.partnerdashboard.indicators.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.indicators.EmploymentShare;
import org.partnerdashboard.indicators.ManualIndicatorDraft;
import org.partnerdashboard.indicators.ManualIndicatorRow;
import org.partnerdashboard.indicators.ManualIndicatorService;
import org.partnerdashboard.indicators.ManualMeasure;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.security.Role;

/** Research editors enter figures QCEW lacks (job openings, survey results), each with its source. */
@Route("indicators/manual")
@Menu(order = 7.65, icon = "vaadin:edit", title = "nav.manual-indicators")
@RolesAllowed(Role.Names.RESEARCH_EDITOR)
public class ManualIndicatorView extends VerticalLayout implements HasDynamicTitle {

    private final ManualIndicatorService manual;
    private final ComboBox<String> industry = new ComboBox<>();
    private final ComboBox<AreaName> area = new ComboBox<>();
    private final ComboBox<Quarter> quarter = new ComboBox<>();
    private final ComboBox<ManualMeasure> measure = new ComboBox<>();
    private final BigDecimalField value = new BigDecimalField();
    private final TextField source = new TextField();
    private final TextArea notes = new TextArea();
    private final Span error = new Span();
    private final Button delete = new Button();
    private final Grid<ManualIndicatorRow> grid = new Grid<>();
    private final Map<String, String> industries = new LinkedHashMap<>();
    private final List<AreaName> areas;
    private final List<Quarter> quarters = new ArrayList<>();
    private ManualIndicatorRow editing;

    public ManualIndicatorView(ManualIndicatorService manual, ReferenceDataService referenceData, Clock clock) {
        this.manual = manual;
        this.areas = referenceData.areas();
        industries.put(EmploymentShare.MANUFACTURING, getTranslation("explorer.all-manufacturing"));
        referenceData.subsectors().forEach(s -> industries.put(s.code(), s.label()));
        LocalDate today = LocalDate.now(clock);
        for (Quarter q = new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
                q.year() >= 2015; q = q.previous()) {
            quarters.add(q);
        }
        industry.setLabel(getTranslation("manual.industry"));
        industry.setItems(industries.keySet());
        industry.setItemLabelGenerator(industries::get);
        area.setLabel(getTranslation("manual.area"));
        area.setItems(areas);
        area.setItemLabelGenerator(AreaName::name);
        quarter.setLabel(getTranslation("manual.quarter"));
        quarter.setItems(quarters);
        quarter.setItemLabelGenerator(q -> q.label(this::getTranslation));
        measure.setLabel(getTranslation("manual.measure"));
        measure.setItems(ManualMeasure.values());
        measure.setItemLabelGenerator(m -> getTranslation("manual-measure." + m));
        value.setLabel(getTranslation("manual.value"));
        source.setLabel(getTranslation("manual.source"));
        source.setMaxLength(200);
        source.setPlaceholder(getTranslation("manual.source-placeholder"));
        notes.setLabel(getTranslation("manual.notes"));
        notes.setMaxLength(1000);
        for (HasValidation field : List.<HasValidation>of(industry, area, quarter, measure, value, source)) {
            ((HasValue<?, ?>) field).setRequiredIndicatorVisible(true);
        }
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(industry, area, quarter, measure, value, source, notes);
        form.setColspan(notes, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-manual");
        Button clear = new Button(getTranslation("manual.new"), click -> edit(null));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        delete.setText(getTranslation("manual.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> remove());

        grid.addColumn(r -> r.data().quarter().label(this::getTranslation)).setHeader(getTranslation("manual.quarter")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> industries.get(r.data().industryCode())).setHeader(getTranslation("manual.industry"))
                .setAutoWidth(true);
        grid.addColumn(r -> areaName(r.data().areaFips())).setHeader(getTranslation("manual.area")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("manual-measure." + r.data().measure())).setHeader(getTranslation("manual.measure"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.data().value().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("manual.value")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(r -> r.data().source()).setHeader(getTranslation("manual.source")).setAutoWidth(true);
        grid.addColumn(ManualIndicatorRow::enteredBy).setHeader(getTranslation("manual.entered-by")).setAutoWidth(true);
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.setAriaLabel(getTranslation("manual.recent"));
        grid.setAllRowsVisible(true);

        add(new H1(getTranslation("manual.title")), new Paragraph(getTranslation("manual.intro")), form, error,
                new HorizontalLayout(save, clear, delete), new H2(getTranslation("manual.recent")), grid);
        setWidthFull();
        edit(null);
    }

    private String areaName(String fips) {
        return areas.stream().filter(a -> a.fips().equals(fips)).map(AreaName::name).findFirst().orElse(fips);
    }

    private void edit(ManualIndicatorRow row) {
        editing = row;
        error.setText("");
        ManualIndicatorDraft d = row == null ? null : row.data();
        industry.setValue(d == null ? null : d.industryCode());
        area.setValue(d == null ? null : areas.stream().filter(a -> a.fips().equals(d.areaFips())).findFirst()
                .orElse(null));
        quarter.setValue(d == null ? null : d.quarter());
        measure.setValue(d == null ? null : d.measure());
        value.setValue(d == null ? null : d.value());
        source.setValue(d == null ? "" : d.source());
        notes.setValue(d == null || d.notes() == null ? "" : d.notes());
        delete.setVisible(row != null);
        refreshGrid();
    }

    private void refreshGrid() {
        grid.setItems(manual.find(industries.keySet(), areas.stream().map(AreaName::fips).toList(),
                quarters.getLast(), quarters.getFirst()));
    }

    private void save() {
        ManualIndicatorDraft draft = new ManualIndicatorDraft(industry.getValue(),
                area.getValue() == null ? null : area.getValue().fips(), quarter.getValue(), measure.getValue(),
                value.getValue(), source.getValue(), notes.getValue());
        try {
            if (editing == null) {
                manual.create(draft);
            } else {
                manual.update(editing.id(), editing.version(), draft);
            }
            Messages.success(getTranslation("manual.saved"));
            edit(null);
        } catch (InvalidInputException invalid) {
            error.setText(Messages.of(this, invalid));
        }
    }

    private void remove() {
        try {
            manual.delete(editing.id(), editing.version());
            Messages.success(getTranslation("manual.deleted"));
            edit(null);
        } catch (InvalidInputException invalid) {
            error.setText(Messages.of(this, invalid));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manual.title") + " · " + getTranslation("app.name");
    }
}
