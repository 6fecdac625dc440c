package org.partnerdashboard.indicators.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdashboard.base.Area;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.calendar.CalendarService;
import org.partnerdashboard.calendar.EventLabels;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.EventMarks;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.indicators.AnnualPoint;
import org.partnerdashboard.indicators.EmploymentShare;
import org.partnerdashboard.indicators.IndicatorService;
import org.partnerdashboard.indicators.ManualIndicatorRow;
import org.partnerdashboard.indicators.ManualIndicatorService;
import org.partnerdashboard.indicators.Measure;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.security.Role;

/**
 * The subsector explorer: pick subsectors, areas and quarters; employment, establishments and weekly wages over
 * time, the over-the-year change, each subsector's share of manufacturing employment, and the numbers behind them
 * (downloadable). The choice lives in the URL, so a view can be bookmarked and shared.
 */
@Route("indicators")
@Menu(order = 7.5, icon = "vaadin:chart-line", title = "nav.indicators")
@RolesAllowed(Role.Names.STAFF)
public class SubsectorExplorerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        ExportContext {

    private static final String COOK = "17031";

    private final IndicatorService indicators;
    private final ManualIndicatorService manual;
    private final OtherFiguresGrid otherFigures;
    private final AnnualGrid annual;
    private final H2 annualTitle = new H2();
    private final MultiSelectComboBox<String> industries = Localized.multiSelect(new MultiSelectComboBox<>());
    private final MultiSelectComboBox<String> areas = Localized.multiSelect(new MultiSelectComboBox<>());
    private final Select<Quarter> from = new Select<>();
    private final Select<Quarter> to = new Select<>();
    private final Div charts = new Div();
    private final ExplorerGrid grid = new ExplorerGrid();
    private List<ExplorerRow> shownRows = List.of();
    private final Map<String, String> industryLabels = new LinkedHashMap<>();
    private final Map<String, String> areaLabels = new LinkedHashMap<>();
    /** The partnership's own metro area, shown beside the metro areas compared with. */
    private String homeMetro;
    private boolean settingValues;
    private final CalendarService calendar;
    /** Whether the partnership's events are hidden on the employment chart (in the address as events=hidden). */
    private boolean eventsHidden;

    public SubsectorExplorerView(IndicatorService indicators, ManualIndicatorService manual,
            ReferenceDataService referenceData, CalendarService calendar) {
        this.indicators = indicators;
        this.calendar = calendar;
        this.manual = manual;
        industryLabels.put(EmploymentShare.MANUFACTURING, getTranslation("explorer.all-manufacturing"));
        for (Subsector s : referenceData.subsectors()) {
            industryLabels.put(s.code(), s.label());
        }
        for (AreaName a : referenceData.areas()) {
            areaLabels.put(a.fips(), a.shortName());
            if (a.partnership() && a.kind() == Area.Kind.METRO) {
                homeMetro = a.fips();
            }
        }
        List<Quarter> quarters = indicators.quarters(COOK);
        industries.setLabel(getTranslation("explorer.subsectors"));
        industries.setItems(industryLabels.keySet());
        industries.setItemLabelGenerator(industryLabels::get);
        industries.setWidth("28em");
        areas.setLabel(getTranslation("explorer.areas"));
        areas.setItems(areaLabels.keySet());
        areas.setItemLabelGenerator(areaLabels::get);
        areas.setWidth("20em");
        from.setLabel(getTranslation("explorer.from"));
        to.setLabel(getTranslation("explorer.to"));
        for (Select<Quarter> select : List.of(from, to)) {
            select.setItems(quarters);
            select.setItemLabelGenerator(this::label);
        }
        industries.addValueChangeListener(change -> changed());
        areas.addValueChangeListener(change -> changed());
        from.addValueChangeListener(change -> changed());
        to.addValueChangeListener(change -> changed());
        Div controls = new Div(industries, areas, from, to);
        controls.addClassName("filter-bar");

        otherFigures = new OtherFiguresGrid(industryLabels, areaLabels);
        annual = new AnnualGrid(industryLabels, areaLabels);
        annualTitle.setText(getTranslation("explorer.annual.title"));
        DownloadLinks downloads = new DownloadLinks("explorer-download", this::downloadName,
                (format, out) -> ExplorerTable.write(shownRows, format, out));
        charts.addClassName("chart-grid");
        add(new H1(getTranslation("explorer.title")), new Paragraph(getTranslation("explorer.intro")), controls,
                charts, new H2(getTranslation("explorer.table")), downloads, grid,
                annualTitle, annual, new H2(getTranslation("explorer.other-figures")), otherFigures);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        List<Quarter> quarters = from.getListDataView().getItems().toList();
        Quarter last = quarters.isEmpty() ? null : quarters.getLast();
        settingValues = true;
        eventsHidden = query.getOrDefault("events", List.of()).contains("hidden");
        industries.setValue(pick(query.get("s"), industryLabels.keySet(), List.of("332", "333", "311", "326")));
        areas.setValue(pick(query.get("a"), areaLabels.keySet(), List.of(COOK)));
        from.setValue(quarter(query.get("from"), quarters, last == null ? null : last.minusYears(5)));
        to.setValue(quarter(query.get("to"), quarters, last));
        if (from.getValue() == null && !quarters.isEmpty()) {
            from.setValue(quarters.get(Math.max(0, quarters.size() - 20)));
        }
        settingValues = false;
        refresh();
    }

    private static Set<String> pick(List<String> asked, Set<String> known, List<String> otherwise) {
        Set<String> chosen = asked == null ? Set.of() : asked.stream().flatMap(v -> List.of(v.split(",")).stream())
                .filter(known::contains).collect(Collectors.toCollection(LinkedHashSet::new));
        return chosen.isEmpty() ? new LinkedHashSet<>(otherwise) : chosen;
    }

    private static Quarter quarter(List<String> asked, List<Quarter> known, Quarter otherwise) {
        Quarter parsed = asked == null || asked.isEmpty() ? null : Quarter.parse(asked.getFirst());
        return parsed != null && known.contains(parsed) ? parsed : (known.contains(otherwise) ? otherwise : null);
    }

    private void changed() {
        if (settingValues) {
            return;
        }
        updateAddress();
        refresh();
    }

    private void updateAddress() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("s", List.of(String.join(",", sorted(industries.getValue()))));
        query.put("a", List.of(String.join(",", sorted(areas.getValue()))));
        if (from.getValue() != null) {
            query.put("from", List.of(from.getValue().key()));
        }
        if (to.getValue() != null) {
            query.put("to", List.of(to.getValue().key()));
        }
        if (eventsHidden) {
            query.put("events", List.of("hidden"));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("indicators", new QueryParameters(query))));
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }

    private void refresh() {
        charts.removeAll();
        if (from.getValue() == null || to.getValue() == null || industries.isEmpty() || areas.isEmpty()) {
            grid.setItems(List.of());
            return;
        }
        Quarter start = from.getValue().compareTo(to.getValue()) <= 0 ? from.getValue() : to.getValue();
        Quarter end = from.getValue().compareTo(to.getValue()) <= 0 ? to.getValue() : from.getValue();
        List<ExplorerRow> rows = indicators.overTheYear(industries.getValue(), areas.getValue(), start, end).stream()
                .map(c -> new ExplorerRow(c.point(), industryLabels.get(c.point().industryCode()),
                        areaLabels.get(c.point().areaFips()), c.employmentChangePercent()))
                .toList();
        List<Quarter> quarters = from.getListDataView().getItems()
                .filter(q -> q.compareTo(start) >= 0 && q.compareTo(end) <= 0).toList();
        String firstArea = areas.getValue().stream().sorted().findFirst().orElseThrow();
        Map<String, Double> shares = new LinkedHashMap<>();
        indicators.employmentShares(firstArea, end)
                .forEach(share -> shares.put(industryLabels.get(share.industryCode()), share.percent()));
        ChartCard employment = ChartCard.of("explorer-employment", ExplorerCharts.trend(rows, quarters,
                Measure.EMPLOYMENT, getTranslation("explorer.employment.title"),
                getTranslation("explorer.employment.axis"), this::getTranslation), true);
        List<EventRow> events = calendar.between(start.firstDay(), end.lastDay());
        EventMarks.add(employment.chart(), EventMarks.onCategories(EventLabels.byCategory(events,
                day -> quarters.indexOf(Quarter.of(day)), getLocale(), this::getTranslation),
                getTranslation("calendar.chart-events")), !eventsHidden, shown -> {
                    eventsHidden = !shown;
                    updateAddress();
                });
        charts.add(
                employment,
                ChartCard.of("explorer-establishments", ExplorerCharts.trend(rows, quarters,
                        Measure.ESTABLISHMENTS, getTranslation("explorer.establishments.title"),
                        getTranslation("explorer.establishments.axis"), this::getTranslation), false),
                ChartCard.of("explorer-wages", ExplorerCharts.trend(rows, quarters, Measure.WEEKLY_WAGE,
                        getTranslation("explorer.wages.title"), getTranslation("explorer.wages.axis"),
                        this::getTranslation), false),
                ChartCard.of("explorer-oty", ExplorerCharts.overTheYear(rows.stream()
                        .filter(r -> r.point().quarter().equals(end)).toList(), end, this::getTranslation), false),
                ChartCard.of("explorer-shares", ExplorerCharts.shares(shares, areaLabels.get(firstArea), end,
                        this::getTranslation), false));
        // the first subsector chosen across the metro areas with BLS figures: Chicago beside its peers
        String firstIndustry = industries.getValue().stream().sorted().findFirst().orElseThrow();
        indicators.metroComparison(firstIndustry, end).ifPresent(comparison -> charts.add(ChartCard.of(
                "explorer-metros", ExplorerCharts.metros(comparison, industryLabels.get(firstIndustry), areaLabels,
                        homeMetro, this::getTranslation), false)));
        shownRows = rows;
        grid.setItems(rows);
        List<ManualIndicatorRow> others = manual.find(industries.getValue(), areas.getValue(), start, end);
        otherFigures.setItems(others);
        otherFigures.setVisible(!others.isEmpty());
        List<AnnualPoint> averages = indicators.annualAverages(industries.getValue(), areas.getValue(), start.year(),
                end.year());
        annual.setItems(averages);
        annual.setVisible(!averages.isEmpty());
        annualTitle.setVisible(!averages.isEmpty());
    }

    private String downloadName() {
        return from.getValue() == null || to.getValue() == null ? "subsector-indicators"
                : "subsector-indicators-" + Collections.min(List.of(from.getValue(), to.getValue())).key() + "-"
                        + Collections.max(List.of(from.getValue(), to.getValue())).key();
    }

    /** The subsectors, areas and quarters chosen, in words. */
    @Override
    public String exportFilters() {
        List<String> words = new ArrayList<>();
        industries.getValue().stream().sorted().map(industryLabels::get).forEach(words::add);
        areas.getValue().stream().sorted().map(areaLabels::get).forEach(words::add);
        if (from.getValue() != null && to.getValue() != null) {
            words.add(label(from.getValue()) + " – " + label(to.getValue()));
        }
        return String.join(" · ", words);
    }

    @Override
    public String exportSource(String chartId) {
        String quarters = from.getValue() == null || to.getValue() == null ? ""
                : from.getValue().equals(to.getValue()) ? label(from.getValue())
                : label(from.getValue()) + " – " + label(to.getValue());
        return getTranslation("export.source.qcew", quarters);
    }

    /** Official figures describe their quarter, not the moment of the export. */
    @Override
    public String exportAsOf(String chartId) {
        return to.getValue() == null ? null : label(to.getValue());
    }

    private String label(Quarter quarter) {
        return quarter.label(this::getTranslation);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("explorer.title") + " · " + getTranslation("app.name");
    }
}
