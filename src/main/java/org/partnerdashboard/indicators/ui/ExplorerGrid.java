package org.partnerdashboard.indicators.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Measure;
import org.partnerdashboard.indicators.Quarter;

/** The explorer's numbers: one row per industry, area and quarter; withheld cells say so, never zero. */
class ExplorerGrid extends Grid<ExplorerRow> {

    ExplorerGrid() {
        PHONE.of(addColumn(ExplorerRow::industryLabel).setHeader(getTranslation("explorer.column.industry"))
                .setWidth("9em").setFlexGrow(2).setTooltipGenerator(ExplorerRow::industryLabel));
        LAPTOP.of(addColumn(ExplorerRow::areaLabel).setHeader(getTranslation("explorer.column.area")).setWidth("9em")
                .setFlexGrow(1).setTooltipGenerator(ExplorerRow::areaLabel));
        PHONE.of(addColumn(r -> label(r.point().quarter())).setHeader(getTranslation("explorer.column.quarter"))
                .setWidth("6em").setFlexGrow(0));
        LAPTOP.of(figure(addColumn(r -> number(r.point(), Measure.ESTABLISHMENTS, "")),
                "explorer.column.establishments"));
        PHONE.of(figure(addColumn(r -> number(r.point(), Measure.EMPLOYMENT, "")), "explorer.column.employment"));
        LAPTOP.of(figure(addColumn(r -> number(r.point(), Measure.WEEKLY_WAGE, "$")), "explorer.column.weekly-wage"));
        LAPTOP.of(figure(addColumn(r -> r.employmentChangePercent() == null ? ""
                : String.format(getLocale(), "%+.1f%%", r.employmentChangePercent())), "explorer.column.oty")
                .setTooltipGenerator(r -> getTranslation(r.point().official().employmentChangePercent() != null
                        ? "explorer.oty.published" : "explorer.oty.computed")));
        MORE.of(figure(addColumn(r -> quotient(r.point().official().employmentQuotient())), "explorer.column.lq")
                .setTooltipGenerator(r -> getTranslation("explorer.lq.tooltip")));
        MORE.of(addColumn(r -> r.point().source()).setHeader(getTranslation("explorer.column.source")).setWidth("10em")
                .setFlexGrow(1).setTooltipGenerator(r -> r.point().source()));
        ColumnPriority.adapt(this);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAriaLabel(getTranslation("explorer.table"));
        setHeight("28rem");
        setId("explorer-numbers");
    }

    /** A figure's column: right-aligned, its header may wrap onto two lines. */
    private Column<ExplorerRow> figure(Column<ExplorerRow> column, String headerKey) {
        return column.setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setWidth("7em")
                .setFlexGrow(0);
    }

    /** A known figure; "not disclosed" where BLS withheld it (establishment counts are published even then). */
    private String number(IndicatorPoint point, Measure measure, String prefix) {
        Integer value = measure.of(point);
        if (value != null) {
            return prefix + Formats.integer(value, getLocale());
        }
        return point.disclosed() ? "" : getTranslation("explorer.withheld");
    }

    private String quotient(Double value) {
        return value == null ? "" : String.format(getLocale(), "%.2f", value); // two decimals, as BLS publishes
    }

    private String label(Quarter quarter) {
        return quarter.label(this::getTranslation);
    }
}
