package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.dashboards.LiveDashboards;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.ui.BreakdownChart;
import org.partnerdashboard.placements.ui.CampaignGoalChart;

/**
 * The partnership's overview: the campaign against its goal and the headline figures of the other programs. It
 * updates itself (server push) when anyone changes the data; every open dashboard shares one computation.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final OverviewService overview;
    private final LiveDashboards live;
    private final CampaignSettings campaign;
    private final Clock clock;
    private final Div kpis = new Div();
    private final Div programs = new Div();
    private final Chart goalChart = new Chart();
    private final Chart byOrganization = new Chart();
    private Runnable unsubscribe;

    public DashboardView(OverviewService overview, LiveDashboards live, PlacementService placements, Clock clock) {
        this.overview = overview;
        this.live = live;
        this.campaign = placements.campaignSettings();
        this.clock = clock;
        kpis.addClassName("kpi-row");
        kpis.setId("campaign-kpis");
        programs.addClassName("kpi-row");
        programs.setId("program-kpis");
        goalChart.setId("campaign-goal-chart");
        goalChart.addClassName("dashboard-chart");
        byOrganization.setId("placements-by-organization-chart");
        byOrganization.addClassName("dashboard-chart-small");
        add(new H1(getTranslation("dashboard.title")), kpis, programs, goalChart, byOrganization);
        setWidthFull();
        render();
    }

    private void render() {
        OverviewFigures figures = overview.figures();
        CampaignProgress progress = figures.progress();
        Locale locale = getLocale();
        YearMonth now = YearMonth.now(clock);
        long paceNow = Math.round(progress.goalPaceIn(now));
        long monthsLeft = Math.max(0, ChronoUnit.MONTHS.between(now, YearMonth.from(campaign.end())));
        kpis.removeAll();
        kpis.add(
                new KpiCard(getTranslation("dashboard.kpi.placements"), Formats.integer(progress.placementsToDate(), locale),
                        getTranslation("dashboard.kpi.placements-note", Formats.integer(progress.goal(), locale))),
                new KpiCard(getTranslation("dashboard.kpi.progress"), Formats.percent(progress.percentOfGoal(), locale),
                        getTranslation("dashboard.kpi.progress-note", Formats.integer(paceNow, locale))),
                new KpiCard(getTranslation("dashboard.kpi.months-left"), Formats.integer(monthsLeft, locale),
                        getTranslation("dashboard.kpi.months-left-note", Formats.date(campaign.end(), locale))));
        programs.removeAll();
        programs.add(
                new KpiCard(getTranslation("dashboard.kpi.this-year", String.valueOf(now.getYear())),
                        Formats.integer(figures.placementsThisYear(), locale), getTranslation("dashboard.kpi.this-year-note")),
                new KpiCard(getTranslation("dashboard.kpi.suppliers"), Formats.integer(figures.approvedSuppliers(), locale),
                        getTranslation("dashboard.kpi.suppliers-note")),
                new KpiCard(getTranslation("dashboard.kpi.open-requests"), Formats.integer(figures.openRequests(), locale),
                        getTranslation("dashboard.kpi.open-requests-note")),
                employmentCard(figures, locale));
        goalChart.setConfiguration(CampaignGoalChart.configure(progress, this::getTranslation));
        byOrganization.setConfiguration(BreakdownChart.configure(overview.placementsByOrganizationThisYear(),
                getTranslation("dashboard.by-organization.title", String.valueOf(now.getYear())),
                getTranslation("dashboard.by-organization.subtitle"), this::getTranslation));
    }

    private KpiCard employmentCard(OverviewFigures figures, Locale locale) {
        if (figures.employment() == null || !figures.employment().disclosed()) {
            return new KpiCard(getTranslation("dashboard.kpi.employment"), "—", getTranslation("dashboard.kpi.no-figures"));
        }
        String change = figures.employmentChangePercent() == null ? ""
                : String.format(locale, "%+.1f%% ", figures.employmentChangePercent());
        return new KpiCard(getTranslation("dashboard.kpi.employment"),
                Formats.integer(figures.employment().employment(), locale),
                getTranslation("dashboard.kpi.employment-note", change, figures.employment().quarter().toString()));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        unsubscribe = live.subscribe(() -> ui.access(() -> {
            render();
            goalChart.drawChart(true);
            byOrganization.drawChart(true);
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
