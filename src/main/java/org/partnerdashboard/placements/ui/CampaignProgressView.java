package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.calendar.CalendarService;
import org.partnerdashboard.calendar.EventLabels;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.EventMarks;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CampaignStatistics;
import org.partnerdashboard.placements.CampaignStatisticsService;
import org.partnerdashboard.placements.MonthlyCount;
import org.partnerdashboard.placements.PacingService;
import org.partnerdashboard.security.Role;

/** The 1000 Jobs campaign's progress: goal, breakdowns and trends, as aggregates anyone signed in may see. */
@Route("campaign")
@Menu(order = 2, icon = "vaadin:chart", title = "nav.campaign")
@RolesAllowed(Role.Names.STAFF)
public class CampaignProgressView extends VerticalLayout implements HasDynamicTitle, ExportContext,
        BeforeEnterObserver {

    /** The address's parameters that hide the events on the goal chart and on the per-month chart. */
    static final String GOAL_EVENTS = "goal-events";
    static final String MONTH_EVENTS = "month-events";
    static final String HIDDEN = "hidden";

    private final Map<String, DataSeries> eventMarks = new LinkedHashMap<>();
    private final Set<String> hiddenEvents = new TreeSet<>();

    public CampaignProgressView(CampaignStatisticsService statistics, PacingService pacing, CalendarService calendar,
            Clock clock) {
        CampaignStatistics figures = statistics.statistics();
        YearMonth month = YearMonth.now(clock);
        ChartCard goal = ChartCard.of("campaign-goal", CampaignGoalChart.withProjection(CampaignGoalChart.configure(
                figures.progress(), this::getTranslation), figures.progress(),
                pacing.projection(), month, this::getTranslation), true);
        ChartCard perMonth = ChartCard.of("campaign-per-month", CampaignTrendCharts.perMonth(figures.lastTwoYears(),
                YearMonth.now(clock), getLocale(), this::getTranslation), true);
        List<CampaignProgress.Point> points = figures.progress().points();
        List<EventRow> events = calendar.between(points.getFirst().month().atDay(1),
                points.getLast().month().atEndOfMonth());
        String name = getTranslation("calendar.chart-events");
        markEvents(GOAL_EVENTS, goal, EventMarks.onDays(EventLabels.byDay(events, getLocale(), this::getTranslation),
                name));
        List<YearMonth> months = figures.lastTwoYears().stream().map(MonthlyCount::month).toList();
        markEvents(MONTH_EVENTS, perMonth, EventMarks.onCategories(EventLabels.byCategory(events,
                day -> months.indexOf(YearMonth.from(day)), getLocale(), this::getTranslation), name));
        Div charts = new Div(
                goal,
                ChartCard.of("campaign-by-organization", BreakdownChart.configure(figures.byOrganization(),
                        getTranslation("campaign.by-organization.title"), subtitle(figures),
                        this::getTranslation), false),
                ChartCard.of("campaign-by-type", BreakdownChart.configure(translatedTypes(figures.byType()),
                        getTranslation("campaign.by-type.title"), subtitle(figures),
                        this::getTranslation), false),
                perMonth,
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

    private void markEvents(String parameter, ChartCard card, DataSeries marks) {
        eventMarks.put(parameter, marks);
        EventMarks.add(card.chart(), marks, true, shown -> {
            if (shown) {
                hiddenEvents.remove(parameter);
            } else {
                hiddenEvents.add(parameter);
            }
            Map<String, String> query = new LinkedHashMap<>();
            hiddenEvents.forEach(p -> query.put(p, HIDDEN));
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("campaign",
                    QueryParameters.simple(query))));
        });
    }

    /** Events hidden on a chart stay hidden in a shared link. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        hiddenEvents.clear();
        eventMarks.forEach((parameter, marks) -> {
            boolean hidden = query.getOrDefault(parameter, List.of()).contains(HIDDEN);
            marks.setVisible(!hidden);
            if (hidden) {
                hiddenEvents.add(parameter);
            }
        });
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
