package org.partnerdashboard.indicators.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Map;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.indicators.AnnualPoint;

/** BLS's annual averages for the chosen subsectors, areas and years; withheld figures say so, never zero. */
class AnnualGrid extends Grid<AnnualPoint> {

    AnnualGrid(Map<String, String> industryLabels, Map<String, String> areaLabels) {
        PHONE.of(addColumn(p -> industryLabels.get(p.industryCode())).setHeader(getTranslation("explorer.column.industry"))
                .setWidth("9em").setFlexGrow(2).setTooltipGenerator(p -> industryLabels.get(p.industryCode())));
        LAPTOP.of(addColumn(p -> areaLabels.get(p.areaFips())).setHeader(getTranslation("explorer.column.area"))
                .setWidth("9em").setFlexGrow(1).setTooltipGenerator(p -> areaLabels.get(p.areaFips())));
        PHONE.of(addColumn(AnnualPoint::year).setHeader(getTranslation("explorer.annual.year")).setWidth("5em")
                .setFlexGrow(0));
        LAPTOP.of(figure(addColumn(p -> number(p.establishments(), "", true)), "explorer.column.establishments"));
        PHONE.of(figure(addColumn(p -> number(p.employment(), "", p.disclosed())), "explorer.column.employment"));
        LAPTOP.of(figure(addColumn(p -> number(p.averageWeeklyWage(), "$", p.disclosed())),
                "explorer.column.weekly-wage"));
        MORE.of(figure(addColumn(p -> number(p.averageAnnualPay(), "$", p.disclosed())), "explorer.annual.pay"));
        LAPTOP.of(figure(addColumn(p -> p.employmentChangePercent() == null ? ""
                : String.format(getLocale(), "%+.1f%%", p.employmentChangePercent())), "explorer.column.oty"));
        MORE.of(figure(addColumn(p -> p.employmentQuotient() == null ? ""
                : String.format(getLocale(), "%.2f", p.employmentQuotient())), "explorer.column.lq"));
        ColumnPriority.adapt(this);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("explorer.annual.title"));
        setId("explorer-annual");
    }

    private Column<AnnualPoint> figure(Column<AnnualPoint> column, String headerKey) {
        return column.setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setWidth("7em")
                .setFlexGrow(0);
    }

    private String number(Integer value, String prefix, boolean disclosed) {
        if (value != null) {
            return prefix + Formats.integer(value, getLocale());
        }
        return disclosed ? "" : getTranslation("explorer.withheld");
    }
}
