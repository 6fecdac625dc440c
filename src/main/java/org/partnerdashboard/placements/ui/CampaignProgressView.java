package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.placements.CampaignStatistics;
import org.partnerdashboard.placements.CampaignStatisticsService;
import org.partnerdashboard.placements.PacingService;
import org.partnerdashboard.security.Role;

/** The 1000 Jobs campaign's progress: goal, breakdowns and trends, as aggregates anyone signed in may see. */
@Route("campaign")
@Menu(order = 2, icon = "vaadin:chart", title = "nav.campaign")
@RolesAllowed(Role.Names.STAFF)
public class CampaignProgressView extends VerticalLayout implements HasDynamicTitle, ExportContext {

    public CampaignProgressView(CampaignStatisticsService statistics, PacingService pacing, Clock clock) {
        CampaignStatistics figures = statistics.statistics();
        YearMonth month = YearMonth.now(clock);
        Div charts = new Div(
                ChartCard.of("campaign-goal", CampaignGoalChart.withProjection(CampaignGoalChart.configure(
                        figures.progress(), this::getTranslation), figures.progress(),
                        pacing.projection(), month, this::getTranslation), true),
                ChartCard.of("campaign-by-organization", BreakdownChart.configure(figures.byOrganization(),
                        getTranslation("campaign.by-organization.title"), subtitle(figures),
                        this::getTranslation), false),
                ChartCard.of("campaign-by-type", BreakdownChart.configure(translatedTypes(figures.byType()),
                        getTranslation("campaign.by-type.title"), subtitle(figures),
                        this::getTranslation), false),
                ChartCard.of("campaign-per-month", CampaignTrendCharts.perMonth(figures.lastTwoYears(),
                        YearMonth.now(clock), getLocale(),
                        this::getTranslation), true),
                ChartCard.of("campaign-by-subsector", BreakdownChart.configure(figures.bySubsector(),
                        getTranslation("campaign.by-subsector.title"), subtitle(figures),
                        this::getTranslation), true),
                ChartCard.of("campaign-median-wage", CampaignTrendCharts.medianWage(figures.medianWageByYear(), getLocale(),
                        this::getTranslation), false),
                ChartCard.of("campaign-retention", CampaignTrendCharts.retention(figures.retention(), this::getTranslation),
                        false));
        charts.addClassName("chart-grid");
        add(new H1(getTranslation("campaign.title")), new Paragraph(getTranslation("campaign.intro")), charts);
        setWidthFull();
    }

    private String subtitle(CampaignStatistics figures) {
        return BreakdownChart.subtitle(getTranslation("campaign.since-start"), figures.accuracy(), this::getTranslation);
    }

    private List<GroupCount> translatedTypes(List<GroupCount> types) {
        return types.stream().map(g -> new GroupCount(g.key(), getTranslation("placement-type." + g.key()), g.count()))
                .toList();
    }

    @Override
    public String exportFilters() {
        return "";
    }

    @Override
    public String exportSource(String chartId) {
        return getTranslation("export.source.campaign");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaign.title") + " · " + getTranslation("app.name");
    }
}
