package org.partnerdashboard.indicators.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.indicators.IndicatorImportService;
import org.partnerdashboard.indicators.IndicatorSettings;
import org.partnerdashboard.indicators.RefreshRow;

/**
 * The automatic refresh from BLS on the import page: whether it runs and from where, a notice when it brought a
 * quarter the app did not have, and its latest attempts with what came of each.
 */
class RefreshSection extends VerticalLayout {

    RefreshSection(IndicatorImportService imports, DateTimeFormatter when) {
        IndicatorSettings.Refresh settings = imports.refreshSettings();
        Paragraph status = new Paragraph(settings.enabled()
                ? getTranslation("qcew.refresh.on", settings.baseUrl())
                : getTranslation("qcew.refresh.off"));
        status.addClassName("secondary-text");
        status.setId("qcew-refresh-status");
        add(new H2(getTranslation("qcew.refresh.title")), status);
        imports.latestNewQuarter().ifPresent(arrived -> {
            Paragraph notice = new Paragraph(getTranslation("qcew.refresh.new-quarter",
                    arrived.quarter().label(this::getTranslation), arrived.areaFips(), when.format(arrived.attemptedAt())));
            notice.addClassName("import-done");
            notice.getElement().setAttribute("role", "status");
            notice.setId("qcew-new-quarter");
            add(notice);
        });
        List<RefreshRow> attempts = imports.refreshHistory(20);
        if (attempts.isEmpty()) {
            setPadding(false);
            return;
        }
        Grid<RefreshRow> grid = new Grid<>();
        PHONE.of(grid.addColumn(r -> when.format(r.attemptedAt())).setHeader(getTranslation("qcew.history.when"))
                .setWidth("10em").setFlexGrow(0));
        PHONE.of(grid.addColumn(r -> r.areaFips() + " · " + r.quarter().label(this::getTranslation))
                .setHeader(getTranslation("qcew.refresh.file")).setWidth("10em").setFlexGrow(0));
        PHONE.of(grid.addColumn(r -> getTranslation("qcew.refresh.outcome." + r.outcome()))
                .setHeader(getTranslation("qcew.refresh.outcome")).setWidth("10em").setFlexGrow(1));
        LAPTOP.of(grid.addColumn(r -> Formats.integer(r.added(), getLocale())).setHeader(getTranslation(
                "qcew.history.added")).setTextAlign(ColumnTextAlign.END).setWidth("6em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(r -> Formats.integer(r.updated(), getLocale())).setHeader(getTranslation(
                "qcew.history.updated")).setTextAlign(ColumnTextAlign.END).setWidth("6em").setFlexGrow(0));
        MORE.of(grid.addColumn(RefreshRow::tries).setHeader(getTranslation("qcew.refresh.tries"))
                .setTextAlign(ColumnTextAlign.END).setWidth("5em").setFlexGrow(0));
        MORE.of(grid.addColumn(r -> r.detail() == null ? "" : r.detail()).setHeader(getTranslation("qcew.refresh.detail"))
                .setWidth("14em").setFlexGrow(2).setTooltipGenerator(r -> r.detail() == null ? "" : r.detail()));
        ColumnPriority.adapt(grid);
        grid.setItems(attempts);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("qcew.refresh.title"));
        grid.setId("qcew-refresh-attempts");
        add(grid);
        setPadding(false);
    }
}
