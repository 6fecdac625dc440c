package org.partnerdashboard.indicators.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.indicators.Quarter;

/** The explorer's numbers: one row per industry, area and quarter; withheld cells say so, never zero. */
class ExplorerGrid extends Grid<ExplorerRow> {

    ExplorerGrid() {
        addColumn(ExplorerRow::industryLabel).setHeader(getTranslation("explorer.column.industry")).setAutoWidth(true);
        addColumn(ExplorerRow::areaLabel).setHeader(getTranslation("explorer.column.area")).setAutoWidth(true);
        addColumn(r -> label(r.point().quarter())).setHeader(getTranslation("explorer.column.quarter"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> number(r.point().establishments(), r.point().disclosed()))
                .setHeader(getTranslation("explorer.column.establishments")).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> number(r.point().employment(), r.point().disclosed()))
                .setHeader(getTranslation("explorer.column.employment")).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> r.point().disclosed() && r.point().averageWeeklyWage() != null
                ? "$" + Formats.integer(r.point().averageWeeklyWage(), getLocale()) : withheld(r.point().disclosed()))
                .setHeader(getTranslation("explorer.column.weekly-wage")).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> r.employmentChangePercent() == null ? ""
                : String.format(getLocale(), "%+.1f%%", r.employmentChangePercent()))
                .setHeader(getTranslation("explorer.column.oty")).setTextAlign(ColumnTextAlign.END);
        addColumn(r -> r.point().source()).setHeader(getTranslation("explorer.column.source")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAriaLabel(getTranslation("explorer.table"));
        setHeight("28rem");
        setId("explorer-numbers");
    }

    private String number(Integer value, boolean disclosed) {
        return disclosed && value != null ? Formats.integer(value, getLocale()) : withheld(disclosed);
    }

    private String withheld(boolean disclosed) {
        return disclosed ? "" : getTranslation("explorer.withheld");
    }

    private String label(Quarter quarter) {
        return quarter.label(this::getTranslation);
    }
}
