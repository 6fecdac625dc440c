package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.charts.model.Configuration;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.ui.BreakdownChart;
import org.partnerdashboard.placements.ui.CampaignGoalChart;
import org.partnerdashboard.sourcing.ui.SupplyChainCharts;

/**
 * The overview's headline figures and charts in words and numbers, one way for the page, its snapshots and its board
 * pack. Uses no component, so a board pack can build it in the background.
 */
final class OverviewContent {

    static final String GOAL = "campaign-goal-chart";
    static final String BY_ORGANIZATION = "placements-by-organization-chart";
    static final String BY_SUBSECTOR = "placements-by-subsector-chart";
    static final String SUPPLIERS_BY_COUNTY = "suppliers-by-county-chart";

    private final Translation t;
    private final Locale locale;
    private final CampaignSettings campaign;
    private final Clock clock;

    OverviewContent(Translation t, Locale locale, CampaignSettings campaign, Clock clock) {
        this.t = t;
        this.locale = locale;
        this.campaign = campaign;
        this.clock = clock;
    }

    private String tr(String key, Object... arguments) {
        return t.text(key, arguments);
    }

    /**
     * @param scope the part of the campaign the filter keeps, in words ("Safer Foundation"), or null for all of it:
     *              the goal and its pace are the whole campaign's, so a part is not measured against the pace
     */
    List<Report.Figure> campaignFigures(CampaignProgress progress, String scope) {
        YearMonth now = YearMonth.now(clock);
        long paceNow = Math.round(progress.goalPaceIn(now));
        long monthsLeft = Math.max(0, ChronoUnit.MONTHS.between(now, YearMonth.from(campaign.end())));
        String goal = Formats.integer(progress.goal(), locale);
        String percent = Formats.percent(progress.percentOfGoal(), locale);
        return List.of(
                new Report.Figure(tr("dashboard.kpi.placements"), Formats.integer(progress.placementsToDate(), locale),
                        scope == null ? tr("dashboard.kpi.placements-note", goal)
                                : tr("dashboard.kpi.placements-note-part", scope)),
                scope == null ? new Report.Figure(tr("dashboard.kpi.progress"), percent,
                        tr("dashboard.kpi.progress-note", Formats.integer(paceNow, locale)))
                        : new Report.Figure(tr("dashboard.kpi.progress-part"), percent,
                                tr("dashboard.kpi.progress-note-part", scope, goal)),
                new Report.Figure(tr("dashboard.kpi.months-left"), Formats.integer(monthsLeft, locale),
                        tr("dashboard.kpi.months-left-note", Formats.date(campaign.end(), locale))));
    }

    List<Report.Figure> programFigures(OverviewFigures figures, DashboardFilter filter) {
        // the Supply Chain Center's figures and the indicators know no community organization
        String notFiltered = filter.organizationId() == null ? "" : " · " + tr("dashboard.kpi.not-by-organization");
        return List.of(
                new Report.Figure(filter.from() == null && filter.to() == null
                        ? tr("dashboard.kpi.this-year", String.valueOf(YearMonth.now(clock).getYear()))
                        : tr("dashboard.kpi.in-period"),
                        Formats.integer(figures.placementsInPeriod(), locale), tr("dashboard.kpi.this-year-note")),
                new Report.Figure(tr("dashboard.kpi.suppliers"), Formats.integer(figures.approvedSuppliers(), locale),
                        tr("dashboard.kpi.suppliers-note") + notFiltered),
                new Report.Figure(tr("dashboard.kpi.open-requests"), Formats.integer(figures.openRequests(), locale),
                        tr("dashboard.kpi.open-requests-note") + notFiltered),
                employment(figures, notFiltered));
    }

    private Report.Figure employment(OverviewFigures figures, String notFiltered) {
        if (figures.employment() == null || !figures.employment().disclosed()) {
            return new Report.Figure(tr("dashboard.kpi.employment"), "—", tr("dashboard.kpi.no-figures"));
        }
        String change = figures.employmentChangePercent() == null ? ""
                : String.format(locale, "%+.1f%% ", figures.employmentChangePercent());
        return new Report.Figure(tr("dashboard.kpi.employment"),
                Formats.integer(figures.employment().employment(), locale),
                tr("dashboard.kpi.employment-note", change, figures.employment().quarter().label(this::tr),
                        figures.employment().source())
                        + notFiltered);
    }

    Configuration goalChart(CampaignProgress progress, String scope) {
        return CampaignGoalChart.configure(progress, scope, t);
    }

    Configuration byOrganization(List<GroupCount> groups, DashboardFilter filter, FigureAccuracy accuracy) {
        return BreakdownChart.configure(groups, tr("overview.by-organization", period(filter)),
                BreakdownChart.subtitle("", accuracy, t), t);
    }

    Configuration bySubsector(List<GroupCount> groups, DashboardFilter filter, FigureAccuracy accuracy) {
        return BreakdownChart.configure(groups, tr("overview.by-subsector", period(filter)),
                BreakdownChart.subtitle(tr("overview.click-to-filter"), accuracy, t), t);
    }

    Configuration suppliersByCounty(List<GroupCount> groups) {
        return SupplyChainCharts.bars(groups.stream().map(g -> g.key().isEmpty()
                ? new GroupCount("", tr("supplier.outside-area"), g.count()) : g).toList(),
                tr("supply-chain.by-county.title"), tr("overview.click-to-filter"), tr("supply-chain.suppliers-axis"));
    }

    String period(DashboardFilter filter) {
        if (filter.from() == null && filter.to() == null) {
            return String.valueOf(YearMonth.now(clock).getYear());
        }
        return (filter.from() == null ? "…" : Formats.date(filter.from(), locale)) + " – "
                + (filter.to() == null ? "…" : Formats.date(filter.to(), locale));
    }

    String source(String chartId) {
        return tr(SUPPLIERS_BY_COUNTY.equals(chartId) ? "export.source.suppliers" : "export.source.campaign");
    }

    /** The whole overview as a board pack: cover, headline figures, the four charts with their numbers. */
    Report report(OverviewService overview, DashboardFilter asked, List<String> filterWords, String scope,
            String preparedFor, String now) {
        OverviewFigures figures = overview.figures(asked);
        DashboardFilter filter = overview.effectiveFilter(asked);
        String filters = filterWords.isEmpty() ? tr("export.no-filters") : String.join(" · ", filterWords);
        Provenance provenance = new Provenance(tr("export.branding"), tr("export.filters", filters),
                tr("export.source", tr("export.source.overview")), tr("export.as-of", now));
        List<Report.Figure> headline = new ArrayList<>(campaignFigures(figures.progress(), scope));

        headline.addAll(programFigures(figures, filter));
        return new Report(tr("boardpack.overview.title"), tr("boardpack.overview.subtitle"),
                overview.roundsFigures() ? List.of(tr("export.filters", filters), tr("privacy.rounded-note"))
                        : List.of(tr("export.filters", filters)), tr("boardpack.generated", now, preparedFor), provenance,
                headline, List.of(
                        ChartDataReader.read(goalChart(figures.progress(), scope)),
                        ChartDataReader.read(byOrganization(overview.placementsByOrganization(asked), filter,
                                overview.figureAccuracy())),
                        ChartDataReader.read(bySubsector(overview.placementsBySubsector(asked), filter,
                                overview.figureAccuracy())),
                        ChartDataReader.read(suppliersByCounty(figures.suppliersByCounty()))),
                new Report.Texts(tr("boardpack.figures"), tr("boardpack.numbers"), tr("export.category"),
                        tr("boardpack.page", "{0}"), tr("boardpack.withheld")));
    }
}
