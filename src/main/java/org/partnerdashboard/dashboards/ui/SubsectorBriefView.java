package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.BigFigure;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.dashboards.SubsectorBriefService;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ui.BoardPackButton;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.exports.ui.Provenances;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Quarter;

/**
 * The bi-monthly subsector infographic: "brief/332?area=17031&q=2025-Q4". One page that reads well on screen and
 * prints to one letter page: headline figures with over-the-year arrows, the employment trend, hiring through the
 * campaign and the supplier network.
 */
@Route(value = "brief", autoLayout = false)
@PermitAll
public class SubsectorBriefView extends Main implements HasUrlParameter<String>, HasDynamicTitle, ExportContext {

    private final SubsectorBriefService briefs;
    private String title = "";
    private SubsectorBrief brief;

    public SubsectorBriefView(SubsectorBriefService briefs) {
        this.briefs = briefs;
        addClassName("brief");
    }

    @Override
    public void setParameter(BeforeEvent event, String subsectorCode) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String area = query.getOrDefault("area", List.of("17031")).getFirst();
        Quarter quarter = query.containsKey("q") ? Quarter.parse(query.get("q").getFirst()) : null;
        SubsectorBrief brief;
        try {
            brief = briefs.brief(subsectorCode, area, quarter);
        } catch (InvalidInputException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = brief.subsector().label() + " · " + quarter(brief);
        removeAll();
        this.brief = brief;
        add(actions(brief), header(brief), headlines(brief), trend(brief), programs(brief), footer(brief));
    }

    private Div actions(SubsectorBrief brief) {
        Button print = new Button(getTranslation("brief.print"), VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(new Anchor("subsectors", getTranslation("brief.back")), print,
                new BoardPackButton("brief-board-pack", "infographic-" + brief.subsector().code() + "-"
                        + brief.quarter().key() + ".pdf", this::boardPack));
        actions.addClassNames("brief-actions", "no-print");
        return actions;
    }

    private Div header(SubsectorBrief brief) {
        Span eyebrow = new Span(getTranslation("brief.eyebrow"));
        eyebrow.addClassName("brief-eyebrow");
        Span period = new Span(brief.areaName() + " · " + quarter(brief));
        period.addClassName("brief-period");
        Span partners = new Span(getTranslation("app.partners"));
        partners.addClassName("brief-partners");
        Div header = new Div(eyebrow, new H1(brief.subsector().label()), period, partners);
        header.addClassName("brief-header");
        return header;
    }

    private Div headlines(SubsectorBrief brief) {
        Div cards = new Div();
        cards.addClassName("brief-headlines");
        for (Report.Figure figure : headlineFigures(brief)) {
            Span label = new Span(figure.label());
            label.addClassName("brief-label");
            Span value = new Span(figure.value());
            value.addClassName("brief-value");
            Span change = new Span(figure.note());
            change.addClassName("brief-change");
            if (figure.note().startsWith("▲") || figure.note().startsWith("▼")) {
                change.addClassName(figure.note().startsWith("▲") ? "up" : "down");
            }
            Div card = new Div(label, value, change);
            card.addClassName("brief-card");
            cards.add(card);
        }
        return cards;
    }

    /** The official figures with their over-the-year change, then the figures research editors entered. */
    private List<Report.Figure> headlineFigures(SubsectorBrief brief) {
        IndicatorPoint now = brief.current();
        IndicatorPoint before = brief.yearBefore();
        List<Report.Figure> figures = new ArrayList<>(List.of(
                headline("brief.employment", now, before, IndicatorPoint::employment, v -> Formats.integer(v, getLocale())),
                headline("brief.establishments", now, before, IndicatorPoint::establishments,
                        v -> Formats.integer(v, getLocale())),
                headline("brief.weekly-wage", now, before, IndicatorPoint::averageWeeklyWage,
                        v -> "$" + Formats.integer(v, getLocale()))));
        for (var other : brief.otherFigures()) {
            figures.add(new Report.Figure(getTranslation("manual-measure." + other.data().measure()),
                    Formats.decimal(other.data().value(), getLocale()), other.data().source()));
        }
        return figures;
    }

    /** A headline figure with its over-the-year arrow; "not disclosed" when BLS withheld it. */
    private Report.Figure headline(String labelKey, IndicatorPoint now, IndicatorPoint before,
            Function<IndicatorPoint, Integer> measure, Function<Integer, String> format) {
        if (now == null || !now.disclosed() || measure.apply(now) == null) {
            return new Report.Figure(getTranslation(labelKey),
                    getTranslation(now == null ? "brief.no-figure" : "explorer.withheld"), "");
        }
        String change = "";
        Integer earlier = before == null || !before.disclosed() ? null : measure.apply(before);
        if (earlier != null && earlier != 0) {
            double percent = 100.0 * (measure.apply(now) - earlier) / earlier;
            change = (percent >= 0 ? "▲ " : "▼ ") + String.format(getLocale(), "%+.1f%%", percent) + " "
                    + getTranslation("brief.over-the-year");
        }
        return new Report.Figure(getTranslation(labelKey), format.apply(measure.apply(now)), change);
    }

    private Component trend(SubsectorBrief brief) {
        return new ChartCard("brief-trend", trendConfiguration(brief), "brief-chart");
    }

    private Configuration trendConfiguration(SubsectorBrief brief) {
        // a line, not an area: the axis fits the data instead of starting at zero, so changes are visible
        Configuration conf = Charts.configuration(ChartType.LINE, getTranslation("brief.trend.title"),
                getTranslation("brief.trend.subtitle", brief.areaName()));
        conf.getxAxis().setCategories(brief.trend().stream().map(p -> p.quarter().label(this::getTranslation)).toArray(String[]::new));
        conf.getyAxis().setTitle(getTranslation("explorer.employment.axis"));
        ListSeries series = new ListSeries(getTranslation("brief.employment"));
        brief.trend().forEach(p -> series.addData(p.disclosed() ? p.employment() : null));
        PlotOptionsLine line = new PlotOptionsLine();
        line.setAnimation(false);
        line.setLineWidth(3);
        series.setPlotOptions(line);
        conf.addSeries(series);
        return conf;
    }

    /**
     * The infographic as a PDF: its figures, the trend and the campaign's top employers, with their numbers. The
     * brief is already loaded, so the content is made here and only the PDF is written in the background.
     */
    private Supplier<Report> boardPack() {
        SubsectorBrief shown = brief;
        String period = shown.areaName() + " · " + quarter(shown);
        List<Report.Figure> figures = new ArrayList<>(headlineFigures(shown));
        figures.add(new Report.Figure(getTranslation("brief.campaign.placements"), shown.placements() == null
                ? getTranslation("figure.suppressed") : Formats.integer(shown.placements(), getLocale()), ""));
        figures.add(new Report.Figure(getTranslation("brief.network.suppliers"),
                Formats.integer(shown.approvedSuppliers(), getLocale()), getTranslation("brief.network.note")));
        List<ChartData> charts = new ArrayList<>();
        charts.add(ChartDataReader.read(trendConfiguration(shown)));
        if (!shown.topEmployers().isEmpty()) {
            String placements = getTranslation("dashboard.goal-chart.y-axis");
            charts.add(new ChartData(ChartData.Kind.BAR, getTranslation("brief.campaign.top-employers"),
                    shown.subsector().label(), placements, false, false, List.of(new ChartData.Series(placements,
                            ChartData.Kind.BAR, false, shown.topEmployers().stream().map(e -> new ChartData.Point(
                                    e.count() == null ? e.label() + " (" + getTranslation("figure.suppressed") + ")"
                                            : e.label(), e.count() == null ? null : e.count().doubleValue(), null))
                                    .toList())), List.of()));
        }
        Provenance provenance = Provenances.of(this, period, exportSource(""), quarter(shown));
        Report report = new Report(shown.subsector().label(), getTranslation("boardpack.brief.subtitle") + " · "
                + period, List.of(provenance.filters()), getTranslation("brief.prepared"), provenance, figures, charts,
                new Report.Texts(getTranslation("boardpack.figures"), getTranslation("boardpack.numbers"),
                        getTranslation("export.category"), getTranslation("boardpack.page", "{0}"),
                        getTranslation("boardpack.withheld")));
        return () -> report;
    }

    @Override
    public String exportFilters() {
        return brief == null ? "" : brief.areaName() + " · " + quarter(brief);
    }

    @Override
    public String exportSource(String chartId) {
        return brief == null ? "" : getTranslation("export.source.qcew", quarter(brief));
    }

    @Override
    public String exportAsOf(String chartId) {
        return brief == null ? null : quarter(brief);
    }

    private Div programs(SubsectorBrief brief) {
        Div campaign = new Div(new H2(getTranslation("brief.campaign.title")));
        Div placed = big(brief.placements() == null ? getTranslation("figure.suppressed")
                : Formats.integer(brief.placements(), getLocale()), getTranslation("brief.campaign.placements"));
        placed.setId("brief-placements");
        campaign.add(placed);
        if (!brief.topEmployers().isEmpty()) {
            OrderedList employers = new OrderedList();
            for (GroupCount employer : brief.topEmployers()) {
                employers.add(new ListItem(employer.label() + " · " + (employer.count() == null
                        ? getTranslation("figure.suppressed") : Formats.integer(employer.count(), getLocale()))));
            }
            campaign.add(new Paragraph(getTranslation("brief.campaign.top-employers")), employers);
        }
        campaign.addClassName("brief-program");
        Div network = new Div(new H2(getTranslation("brief.network.title")),
                big(Formats.integer(brief.approvedSuppliers(), getLocale()), getTranslation("brief.network.suppliers")),
                new Paragraph(getTranslation("brief.network.note")));
        network.addClassName("brief-program");
        Div programs = new Div(campaign, network);
        programs.addClassName("brief-programs");
        return programs;
    }

    private static Div big(String value, String label) {
        return BigFigure.of("brief", value, label);
    }

    private Div footer(SubsectorBrief brief) {
        String source = brief.current() == null ? "" : brief.current().source();
        Div footer = new Div(new Paragraph(getTranslation("brief.sources", source)),
                new Paragraph(getTranslation("brief.prepared")));
        footer.addClassName("brief-footer");
        return footer;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }

    /** The brief's quarter as readers write it: "2025 Q4", "T4 2025". */
    private String quarter(SubsectorBrief brief) {
        return brief.quarter().label(this::getTranslation);
    }
}
