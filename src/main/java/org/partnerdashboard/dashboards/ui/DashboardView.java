package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.LiveDashboards;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.dashboards.SavedViewService;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.ui.BreakdownChart;
import org.partnerdashboard.placements.ui.CampaignGoalChart;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.ui.SupplyChainCharts;

/**
 * The partnership's overview: the campaign against its goal and the headline figures of the other programs, under
 * global filters (period, county, subsector, organization) that live in the URL. Clicking a bar filters the page;
 * "Open these placements" drills into the grid. The page updates itself (server push) when anyone changes the
 * data, and every open dashboard shares one computation per filter.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OverviewService overview;
    private final LiveDashboards live;
    private final CampaignSettings campaign;
    private final Clock clock;
    private final DashboardFilterBar filters;
    private final Div kpis = new Div();
    private final Div programs = new Div();
    private final Chart goalChart = new Chart();
    private final Div breakdowns = new Div();
    private final Anchor drill = new Anchor();
    private final Anchor roundtable = new Anchor();
    private final boolean mayListPlacements;
    private DashboardFilter filter = DashboardFilter.NONE;
    private Runnable unsubscribe;

    private final SavedViewService savedViews;

    public DashboardView(OverviewService overview, LiveDashboards live, PlacementService placements,
            SavedViewService savedViews, ReferenceDataService referenceData, AuthenticationContext authentication,
            Clock clock) {
        this.overview = overview;
        this.savedViews = savedViews;
        this.live = live;
        this.campaign = placements.campaignSettings();
        this.clock = clock;
        this.mayListPlacements = authentication.hasAnyRole(Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF,
                Role.Names.CBO_STAFF);
        this.filters = new DashboardFilterBar(referenceData.counties(), referenceData.subsectors(),
                placements.placingOrganizations());
        filters.addFilterChangeListener(this::apply);
        kpis.addClassName("kpi-row");
        kpis.setId("campaign-kpis");
        programs.addClassName("kpi-row");
        programs.setId("program-kpis");
        goalChart.setId("campaign-goal-chart");
        goalChart.addClassName("dashboard-chart");
        breakdowns.addClassName("chart-grid");
        drill.setText(getTranslation("overview.drill"));
        drill.addComponentAsFirst(VaadinIcon.TABLE.create());
        drill.setId("drill-to-placements");
        drill.setVisible(mayListPlacements);
        SavedViewsBar views = new SavedViewsBar(savedViews,
                () -> DashboardFilterParameters.toQuery(filter).getQueryString());
        roundtable.setText(getTranslation("overview.roundtable"));
        roundtable.addComponentAsFirst(VaadinIcon.PRESENTATION.create());
        roundtable.setId("open-roundtable");
        views.add(roundtable);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("dashboard.title")), views);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.END);
        header.setWrap(true);
        add(header, filters, kpis, programs, goalChart, drill, breakdowns);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().isEmpty()) {
            // the start page: the user's pinned view, if any
            var pinned = savedViews.pinned();
            if (pinned.isPresent() && !pinned.get().query().isEmpty()) {
                event.forwardTo("", QueryParameters.fromString(pinned.get().query()));
                return;
            }
        }
        filter = DashboardFilterParameters.fromQuery(query);
        filters.show(filter);
        render();
    }

    /** A new filter from the bar or a chart click: into the URL (a link reproduces it) and onto the page. */
    private void apply(DashboardFilter changed) {
        filter = changed;
        filters.show(changed);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("", DashboardFilterParameters.toQuery(changed))));
        render();
    }

    private void render() {
        OverviewFigures figures = overview.figures(filter);
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
                new KpiCard(filter.from() == null && filter.to() == null
                        ? getTranslation("dashboard.kpi.this-year", String.valueOf(now.getYear()))
                        : getTranslation("dashboard.kpi.in-period"),
                        Formats.integer(figures.placementsInPeriod(), locale), getTranslation("dashboard.kpi.this-year-note")),
                new KpiCard(getTranslation("dashboard.kpi.suppliers"), Formats.integer(figures.approvedSuppliers(), locale),
                        getTranslation("dashboard.kpi.suppliers-note")),
                new KpiCard(getTranslation("dashboard.kpi.open-requests"), Formats.integer(figures.openRequests(), locale),
                        getTranslation("dashboard.kpi.open-requests-note")),
                employmentCard(figures, locale));
        goalChart.setConfiguration(CampaignGoalChart.configure(progress, this::getTranslation));
        String period = periodLabel();
        breakdowns.removeAll();
        breakdowns.add(
                clickable("placements-by-organization-chart", BreakdownChart.configure(
                        overview.placementsByOrganization(filter), getTranslation("overview.by-organization", period),
                        getTranslation("dashboard.by-organization.subtitle"), this::getTranslation),
                        overview.placementsByOrganization(filter), key -> apply(filter.withOrganization(Long.valueOf(key)))),
                clickable("placements-by-subsector-chart", BreakdownChart.configure(overview.placementsBySubsector(filter),
                        getTranslation("overview.by-subsector", period), getTranslation("overview.click-to-filter"),
                        this::getTranslation), overview.placementsBySubsector(filter),
                        key -> apply(filter.withSubsector(key))),
                clickable("suppliers-by-county-chart", SupplyChainCharts.bars(counties(figures.suppliersByCounty()),
                        getTranslation("supply-chain.by-county.title"), getTranslation("overview.click-to-filter"),
                        getTranslation("supply-chain.suppliers-axis")), figures.suppliersByCounty(),
                        key -> apply(filter.withCounty(key.isEmpty() ? null : key))));
        drill.setHref("placements?" + placementsQuery());
        String query = DashboardFilterParameters.toQuery(filter).getQueryString();
        roundtable.setHref(query.isEmpty() ? "roundtable" : "roundtable?" + query);
        if (goalChart.isAttached()) {
            goalChart.drawChart(true);
        }
    }

    private String periodLabel() {
        if (filter.from() == null && filter.to() == null) {
            return String.valueOf(YearMonth.now(clock).getYear());
        }
        return (filter.from() == null ? "…" : Formats.date(filter.from(), getLocale())) + " – "
                + (filter.to() == null ? "…" : Formats.date(filter.to(), getLocale()));
    }

    /** A breakdown whose bars filter the page: the clicked bar's group becomes the filter. */
    private Chart clickable(String id, com.vaadin.flow.component.charts.model.Configuration configuration,
            List<GroupCount> groups, Consumer<String> select) {
        Chart chart = new Chart();
        chart.setConfiguration(configuration);
        chart.setId(id);
        chart.addClassName("chart-card");
        chart.addPointClickListener(click -> {
            int index = click.getItemIndex();
            if (index >= 0 && index < groups.size()) {
                select.accept(groups.get(index).key());
            }
        });
        return chart;
    }

    private List<GroupCount> counties(List<GroupCount> groups) {
        return groups.stream().map(g -> g.key().isEmpty()
                ? new GroupCount("", getTranslation("supplier.outside-area"), g.count()) : g).toList();
    }

    /** The placements grid's filters for the same slice (the grid has no county filter). */
    private String placementsQuery() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (filter.organizationId() != null) {
            params.put("organization", List.of(filter.organizationId().toString()));
        }
        if (filter.subsectorCode() != null) {
            params.put("subsector", List.of(filter.subsectorCode()));
        }
        if (filter.from() != null) {
            params.put("from", List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            params.put("to", List.of(filter.to().toString()));
        }
        return new QueryParameters(params).getQueryString();
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
        unsubscribe = live.subscribe(() -> ui.access(this::render));
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
