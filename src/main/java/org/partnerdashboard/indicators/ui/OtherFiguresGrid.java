package org.partnerdashboard.indicators.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.indicators.ManualIndicatorRow;

/** Figures research editors entered from other sources (job openings, surveys), beside the official ones. */
class OtherFiguresGrid extends Grid<ManualIndicatorRow> {

    OtherFiguresGrid(Map<String, String> industryLabels, Map<String, String> areaLabels) {
        PHONE.of(addColumn(r -> getTranslation("manual-measure." + r.data().measure()))
                .setHeader(getTranslation("manual.measure")).setWidth("9em").setFlexGrow(1)
                .setTooltipGenerator(r -> getTranslation("manual-measure." + r.data().measure())));
        PHONE.of(addColumn(r -> Formats.decimal(r.data().value(), getLocale())).setHeader(getTranslation("manual.value"))
                .setTextAlign(ColumnTextAlign.END).setWidth("6.5em").setFlexGrow(0));
        PHONE.of(addColumn(r -> r.data().quarter().label(this::getTranslation))
                .setHeader(getTranslation("explorer.column.quarter")).setWidth("6em").setFlexGrow(0));
        LAPTOP.of(addColumn(r -> industryLabels.get(r.data().industryCode()))
                .setHeader(getTranslation("explorer.column.industry")).setWidth("10em").setFlexGrow(1)
                .setTooltipGenerator(r -> industryLabels.get(r.data().industryCode())));
        LAPTOP.of(addColumn(r -> areaLabels.get(r.data().areaFips())).setHeader(getTranslation("explorer.column.area"))
                .setWidth("9em").setFlexGrow(1).setTooltipGenerator(r -> areaLabels.get(r.data().areaFips())));
        LAPTOP.of(addColumn(r -> r.data().source()).setHeader(getTranslation("explorer.column.source")).setWidth("9em")
                .setFlexGrow(1).setTooltipGenerator(r -> r.data().source()));
        MORE.of(addColumn(r -> r.data().notes() == null ? "" : r.data().notes())
                .setHeader(getTranslation("manual.notes")).setWidth("10em").setFlexGrow(1)
                .setTooltipGenerator(r -> r.data().notes()));
        ColumnPriority.adapt(this);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("explorer.other-figures"));
    }
}
