package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.base.ui.Translator;
import org.partnerdashboard.calendar.CalendarService;
import org.partnerdashboard.calendar.ui.UpcomingEvents;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.LiveDashboards;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.dashboards.SavedViewService;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.SnapshotContent;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.exports.ui.ShareSnapshotDialog;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.ui.PlacementFilterParameters;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.SignedInUser;

/**
 * The partnership's overview: the campaign against its goal and the headline figures of the other programs, under
 * global filters (period, county, subsector, organization) that live in the URL. Clicking a bar filters the page;
 * "Open these placements" drills into the grid. The page updates itself (server push) when anyone changes the
 * data, and every open dashboard shares one computation per filter.
 */
@Route("")
@Menu(order = 0, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed(Role.Names.STAFF)
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, ExportContext {

    /** The events the dashboard lists as coming next. */
    static final int UPCOMING = 3;

    private final OverviewService overview;
    private final LiveDashboards live;
    private final CampaignSettings campaign;
    private final Clock clock;
    private final DashboardFilterBar filters;
    private final Div kpis = new Div();
    private final Div programs = new Div();
    private final ChartCard goalChart;
    private final String currentUserName;
    private final Div breakdowns = new Div();
    /** What the page shows now, kept for a snapshot: the headline figures and the breakdown charts. */
    private List<Report.Figure> shownFigures = List.of();
    private List<ChartCard> shownBreakdowns = List.of();
    private final Paragraph privacyNote = new Paragraph();
    private final Anchor drill = new Anchor();
    private final DashboardHeader header;
    private final boolean mayListPlacements;
    private DashboardFilter filter = DashboardFilter.NONE;
    private Runnable unsubscribe;


    public DashboardView(OverviewService overview, LiveDashboards live, PlacementService placements,
            SavedViewService savedViews, ReferenceDataService referenceData, AuthenticationContext authentication,
            CalendarService calendar, Clock clock) {
        this.overview = overview;
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
        goalChart = new ChartCard(OverviewContent.GOAL, new Configuration(), "dashboard-chart");
        currentUserName = authentication.getAuthenticatedUser(SignedInUser.class).map(SignedInUser::displayName)
                .orElse("");
        breakdowns.addClassName("chart-grid");
        drill.setText(getTranslation("overview.drill"));
        drill.addComponentAsFirst(VaadinIcon.TABLE.create());
        drill.setId("drill-to-placements");
        drill.setVisible(mayListPlacements);
        header = new DashboardHeader(savedViews, () -> DashboardFilterParameters.toQuery(filter).getQueryString(),
                () -> new ShareSnapshotDialog(this, snapshot()).open(), this::boardPack);
        privacyNote.setId("privacy-note");
        privacyNote.addClassName("privacy-note");
        privacyNote.setText(getTranslation("privacy.rounded-note"));
        add(header, filters, privacyNote, kpis, programs,
                new UpcomingEvents(calendar.upcoming(UPCOMING), this::getTranslation, getLocale()), goalChart, drill,
                breakdowns);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        if (query.getParameters().isEmpty()) {
            // the start page: the user's pinned view, if any
            var pinned = header.pinned();
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
        DashboardFilter answered = overview.effectiveFilter(filter);
        privacyNote.setVisible(overview.roundsFigures());
        OverviewContent content = content();
        String scope = filters.scope(filter);
        List<Report.Figure> campaignFigures = content.campaignFigures(figures.progress(), scope);
        List<Report.Figure> programFigures = content.programFigures(figures, answered);
        kpis.removeAll();
        campaignFigures.forEach(f -> kpis.add(new KpiCard(f.label(), f.value(), f.note())));
        programs.removeAll();
        programFigures.forEach(f -> programs.add(new KpiCard(f.label(), f.value(), f.note())));
        shownFigures = new ArrayList<>(campaignFigures);
        shownFigures.addAll(programFigures);
        goalChart.setConfiguration(content.goalChart(figures.progress(), scope));
        breakdowns.removeAll();
        List<GroupCount> byOrganization = overview.placementsByOrganization(filter);
        List<GroupCount> bySubsector = overview.placementsBySubsector(filter);
        shownBreakdowns = List.of(
                clickable(OverviewContent.BY_ORGANIZATION, content.byOrganization(byOrganization, answered,
                        overview.figureAccuracy()),
                        byOrganization, key -> apply(filter.withOrganization(Long.valueOf(key)))),
                clickable(OverviewContent.BY_SUBSECTOR, content.bySubsector(bySubsector, answered,
                        overview.figureAccuracy()), bySubsector,
                        key -> apply(filter.withSubsector(key))),
                clickable(OverviewContent.SUPPLIERS_BY_COUNTY, content.suppliersByCounty(figures.suppliersByCounty()),
                        figures.suppliersByCounty(), key -> apply(filter.withCounty(key.isEmpty() ? null : key))));
        shownBreakdowns.forEach(breakdowns::add);
        drill.setHref(PlacementFilterParameters.link(new PlacementFilter(filter.organizationId(), null,
                filter.subsectorCode(), null, null, filter.from(), filter.to(), null, null, null)));
        header.link(DashboardFilterParameters.toQuery(filter).getQueryString());
        if (goalChart.isAttached()) {
            goalChart.chart().drawChart(true);
        }
    }

    private OverviewContent content() {
        return new OverviewContent(this::getTranslation, getLocale(), campaign, clock);
    }

    /** The page as it is now, frozen: headline figures and the four charts. */
    private SnapshotContent snapshot() {
        List<ChartData> charts = new ArrayList<>();
        charts.add(goalChart.data());
        shownBreakdowns.forEach(card -> charts.add(card.data()));
        return new SnapshotContent(getTranslation("dashboard.title"), null, goalChart.provenance(), shownFigures,
                charts);
    }

    /** The board pack's content, built off the UI thread with translations captured here. */
    private Supplier<Report> boardPack() {
        OverviewContent content = new OverviewContent(Translator.of(getLocale()), getLocale(), campaign, clock);
        DashboardFilter current = filter;
        List<String> words = filters.describe(current);
        String scope = filters.scope(current);
        String preparedFor = currentUserName;
        String now = Formats.dateTime(clock.instant(), clock.getZone(), getLocale());
        return () -> content.report(overview, current, words, scope, preparedFor, now);
    }

    @Override
    public String exportFilters() {
        return String.join(" · ", filters.describe(filter));
    }

    @Override
    public String exportSource(String chartId) {
        return content().source(chartId);
    }

    /** A breakdown whose bars filter the page: the clicked bar's group becomes the filter. */
    private ChartCard clickable(String id, Configuration configuration, List<GroupCount> groups,
            Consumer<String> select) {
        ChartCard card = ChartCard.of(id, configuration, false);
        card.chart().addPointClickListener(click -> {
            int index = click.getItemIndex();
            if (index >= 0 && index < groups.size()) {
                select.accept(groups.get(index).key());
            }
        });
        return card;
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
