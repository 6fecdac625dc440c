package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.ui.BreakdownChart;
import org.partnerdashboard.placements.ui.CampaignGoalChart;

/** The partnership's overview: for now, the 1000 Jobs campaign's progress against its goal. */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(PlacementService placements, Clock clock) {
        CampaignProgress progress = placements.campaignProgress();
        Locale locale = getLocale();
        YearMonth now = YearMonth.now(clock);
        long paceNow = Math.round(progress.goalPaceIn(now));
        long monthsLeft = Math.max(0, ChronoUnit.MONTHS.between(now, YearMonth.from(placements.campaignSettings().end())));

        Div kpis = new Div(
                new KpiCard(getTranslation("dashboard.kpi.placements"),
                        Formats.integer(progress.placementsToDate(), locale),
                        getTranslation("dashboard.kpi.placements-note", Formats.integer(progress.goal(), locale))),
                new KpiCard(getTranslation("dashboard.kpi.progress"),
                        Formats.percent(progress.percentOfGoal(), locale),
                        getTranslation("dashboard.kpi.progress-note", Formats.integer(paceNow, locale))),
                new KpiCard(getTranslation("dashboard.kpi.months-left"),
                        Formats.integer(monthsLeft, locale),
                        getTranslation("dashboard.kpi.months-left-note",
                                Formats.date(placements.campaignSettings().end(), locale))));
        kpis.addClassName("kpi-row");

        Chart goalChart = new Chart();
        goalChart.setConfiguration(CampaignGoalChart.configure(progress, this::getTranslation));
        goalChart.setId("campaign-goal-chart");
        goalChart.addClassName("dashboard-chart");

        int year = now.getYear();
        Chart byOrganization = new Chart();
        byOrganization.setConfiguration(BreakdownChart.configure(
                placements.placementsByOrganization(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
                getTranslation("dashboard.by-organization.title", String.valueOf(year)),
                getTranslation("dashboard.by-organization.subtitle"), this::getTranslation));
        byOrganization.setId("placements-by-organization-chart");
        byOrganization.addClassName("dashboard-chart-small");

        add(new H1(getTranslation("dashboard.title")), kpis, goalChart, byOrganization);
        setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }
}
