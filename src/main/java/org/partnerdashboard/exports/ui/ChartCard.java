package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.exports.ChartExportService;
import org.partnerdashboard.exports.ChartFormat;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.SnapshotContent;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart in a card with its own menu: snapshot as PNG (screen and slide size), SVG or PDF, the numbers behind it as
 * CSV or XLSX, and a shareable frozen link. Files are drawn on the server; Highcharts' own export menu, which would
 * send the chart to an outside export server, stays off.
 */
public class ChartCard extends Div {

    private final Chart chart = new Chart();
    private final ChartMenu menu;

    public ChartCard(String id, Configuration configuration, String cardClass) {
        Charts.forScreen(chart);
        chart.setId(id);
        setId(id + "-card");
        addClassName(cardClass);
        addClassName("chart-holder");
        setConfiguration(configuration);
        Button more = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        more.addClassName("chart-menu");
        more.setId(id + "-menu");
        more.setAriaLabel(getTranslation("export.menu", ""));
        menu = new ChartMenu(more);
        add(chart, more);
    }

    /**
     * The chart's menu, its items built when it first opens: a dashboard shows several charts and most menus are never
     * opened, so each open page keeps one button per chart instead of a dozen items and download links.
     */
    private final class ChartMenu extends ContextMenu {

        ChartMenu(Component target) {
            super(target);
            setOpenOnClick(true);
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            ensureItems();
            return super.onBeforeOpenMenu(eventDetail);
        }

        void ensureItems() {
            if (!getItems().isEmpty()) {
                return;
            }
            String id = chart.getId().orElse("chart");
            for (ChartFormat format : ChartFormat.values()) {
                addItem(download("export-" + format.name().toLowerCase(Locale.ROOT),
                        getTranslation("export.format." + format.name()), snapshot(format)));
            }
            addSeparator();
            for (TabularFormat format : TabularFormat.values()) {
                addItem(download("export-data-" + format.name().toLowerCase(Locale.ROOT),
                        getTranslation("export.data", format.name()), numbers(format)));
            }
            addSeparator();
            addItem(getTranslation("export.share"), click -> {
                ChartData data = data();
                new ShareSnapshotDialog(ChartCard.this, new SnapshotContent(data.title(), data.subtitle(),
                        provenance(), List.of(), List.of(data))).open();
            }).setId(id + "-share");
        }
    }

    /** The chart's menu with its items, as when it opens. */
    public ContextMenu menu() {
        menu.ensureItems();
        return menu;
    }

    /** A card in the chart grid; wide cards span the row. */
    public static ChartCard of(String id, Configuration configuration, boolean wide) {
        return new ChartCard(id, configuration, wide ? "chart-card-wide" : "chart-card");
    }

    public final void setConfiguration(Configuration configuration) {
        configuration.getExporting().setEnabled(false);
        // the chart in words, read by screen readers before the points (Highcharts' accessibility module)
        configuration.getChart().setDescription(ChartSummary.of(ChartDataReader.read(configuration), getLocale(),
                this::getTranslation));
        chart.setConfiguration(configuration);
    }

    public Chart chart() {
        return chart;
    }

    /** The chart's numbers as shown now. */
    public ChartData data() {
        return ChartDataReader.read(chart.getConfiguration());
    }

    private Anchor download(String itemId, String text, DownloadHandler handler) {
        Anchor link = new Anchor(handler, text);
        link.setId(chart.getId().orElse("chart") + "-" + itemId);
        link.addClassName("chart-menu-download");
        return link;
    }

    private DownloadHandler snapshot(ChartFormat format) {
        return event -> {
            ChartData data = data();
            event.setFileName(format.fileName(data.title()));
            event.setContentType(format.contentType());
            event.getOutputStream().write(service().snapshot(data, provenance(), format, getLocale()));
        };
    }

    private DownloadHandler numbers(TabularFormat format) {
        return event -> {
            ChartData data = data();
            event.setFileName(format.fileName(ChartFormat.baseName(data.title())));
            event.setContentType(format.contentType());
            service().numbers(data, getTranslation("export.category"), format, event.getOutputStream());
        };
    }

    /** The provenance lines in the reader's language, from the enclosing view's export context. */
    public Provenance provenance() {
        String id = chart.getId().orElse("");
        Optional<ExportContext> context = context(this);
        Provenance finished = context.map(c -> c.exportProvenance(id)).orElse(null);
        if (finished != null) {
            return finished;
        }
        String filters = context.map(ExportContext::exportFilters).filter(f -> !f.isBlank())
                .orElse(getTranslation("export.no-filters"));
        String source = context.map(c -> c.exportSource(id)).orElse(getTranslation("app.name"));
        String asOf = context.map(c -> c.exportAsOf(id)).orElseGet(() -> now(getLocale()));
        return Provenances.of(this, filters, source, asOf);
    }

    private static Optional<ExportContext> context(Component component) {
        Optional<Component> current = Optional.of(component);
        while (current.isPresent()) {
            if (current.get() instanceof ExportContext context) {
                return Optional.of(context);
            }
            current = current.get().getParent();
        }
        return Optional.empty();
    }

    private String now(Locale locale) {
        Clock clock = Services.get(Clock.class);
        return Formats.dateTime(clock.instant(), clock.getZone(), locale);
    }

    private ChartExportService service() {
        return Services.get(ChartExportService.class);
    }
}
