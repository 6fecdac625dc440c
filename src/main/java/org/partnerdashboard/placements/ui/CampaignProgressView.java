package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.placements.CampaignStatistics;
import org.partnerdashboard.placements.CampaignStatisticsService;

/** The 1000 Jobs campaign's progress: goal, breakdowns and trends, as aggregates anyone signed in may see. */
@Route("campaign")
@Menu(order = 2, icon = "vaadin:chart", title = "nav.campaign")
@PermitAll
public class CampaignProgressView extends VerticalLayout implements HasDynamicTitle {

    public CampaignProgressView(CampaignStatisticsService statistics) {
        CampaignStatistics figures = statistics.statistics();
        Div charts = new Div(
                Charts.card("campaign-goal", CampaignGoalChart.configure(figures.progress(), this::getTranslation), true),
                Charts.card("campaign-by-organization", BreakdownChart.configure(figures.byOrganization(),
                        getTranslation("campaign.by-organization.title"), getTranslation("campaign.suppression-note"),
                        this::getTranslation), false),
                Charts.card("campaign-by-type", BreakdownChart.configure(translatedTypes(figures.byType()),
                        getTranslation("campaign.by-type.title"), getTranslation("campaign.since-start"),
                        this::getTranslation), false),
                Charts.card("campaign-per-month", CampaignTrendCharts.perMonth(figures.lastTwoYears(), getLocale(),
                        this::getTranslation), true),
                Charts.card("campaign-by-subsector", BreakdownChart.configure(figures.bySubsector(),
                        getTranslation("campaign.by-subsector.title"), getTranslation("campaign.suppression-note"),
                        this::getTranslation), true),
                Charts.card("campaign-median-wage", CampaignTrendCharts.medianWage(figures.medianWageByYear(), getLocale(),
                        this::getTranslation), false),
                Charts.card("campaign-retention", CampaignTrendCharts.retention(figures.retention(), this::getTranslation),
                        false));
        charts.addClassName("chart-grid");
        add(new H1(getTranslation("campaign.title")), new Paragraph(getTranslation("campaign.intro")), charts);
        setWidthFull();
    }

    private List<GroupCount> translatedTypes(List<GroupCount> types) {
        return types.stream().map(g -> new GroupCount(g.key(), getTranslation("placement-type." + g.key()), g.count()))
                .toList();
    }


    @Override
    public String getPageTitle() {
        return getTranslation("campaign.title") + " · " + getTranslation("app.name");
    }
}
