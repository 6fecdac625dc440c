package org.partnerdashboard.indicators.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import org.partnerdashboard.indicators.ManualIndicatorRow;

/** Figures research editors entered from other sources (job openings, surveys), beside the official ones. */
class OtherFiguresGrid extends Grid<ManualIndicatorRow> {

    OtherFiguresGrid(Map<String, String> industryLabels, Map<String, String> areaLabels) {
        addColumn(r -> r.data().quarter().label(this::getTranslation))
                .setHeader(getTranslation("explorer.column.quarter")).setAutoWidth(true).setFlexGrow(0);
        addColumn(r -> industryLabels.get(r.data().industryCode()))
                .setHeader(getTranslation("explorer.column.industry")).setAutoWidth(true);
        addColumn(r -> areaLabels.get(r.data().areaFips())).setHeader(getTranslation("explorer.column.area"))
                .setAutoWidth(true);
        addColumn(r -> getTranslation("manual-measure." + r.data().measure()))
                .setHeader(getTranslation("manual.measure")).setAutoWidth(true);
        addColumn(r -> r.data().value().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("manual.value")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        addColumn(r -> r.data().source()).setHeader(getTranslation("explorer.column.source")).setAutoWidth(true);
        addColumn(r -> r.data().notes() == null ? "" : r.data().notes())
                .setHeader(getTranslation("manual.notes")).setFlexGrow(1);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("explorer.other-figures"));
    }
}
