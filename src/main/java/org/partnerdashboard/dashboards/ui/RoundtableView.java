package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.style.Style;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.ui.BigFigure;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.LiveDashboards;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.placements.ui.BreakdownChart;
import org.partnerdashboard.placements.ui.CampaignGoalChart;
import org.partnerdashboard.security.PresentationLinks;

/**
 * Roundtable mode: the headline figures and charts in large type, full screen, read-only, one page at a time on a
 * timer ("roundtable?seconds=20", plus the overview's filters). Safe for a room: aggregates only, rounded to
 * multiples of 5 in whole months whoever presents (the room is not the presenter's organization). Updates itself
 * when the data changes. Opens for a signed-in user, or with a presentation link ("roundtable?token=pk_…", with its
 * own filters), which opens nothing else and ends at the next page turn once revoked or expired.
 */
@Route(value = "roundtable", autoLayout = false)
@AnonymousAllowed // signed-in users, or a presentation link ("roundtable?token=pk_…"); anyone else signs in first
public class RoundtableView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int DEFAULT_SECONDS = 15;

    private final OverviewService overview;
    private final LiveDashboards live;
    private final PresentationLinks presentations;
    private final AuthenticationContext authentication;
    private final Clock clock;
    /** The presentation link this roundtable was opened with; null when a signed-in user opened it. */
    private PresentationLinks.Presentation presentation;
    private final Div stage = new Div();
    private final Span pager = new Span();
    private DashboardFilter filter = DashboardFilter.NONE;
    private int page;
    private int seconds = DEFAULT_SECONDS;
    private Runnable unsubscribe;
    private Registration polling;

    public RoundtableView(OverviewService overview, LiveDashboards live, PresentationLinks presentations,
            AuthenticationContext authentication, Clock clock) {
        this.overview = overview;
        this.clock = clock;
        this.live = live;
        this.presentations = presentations;
        this.authentication = authentication;
        addClassName("roundtable");
        stage.addClassName("roundtable-stage");
        stage.setId("roundtable-stage");
        stage.getElement().setAttribute("aria-live", "polite");
        pager.addClassName("roundtable-pager");
        Anchor exit = new Anchor("", getTranslation("roundtable.exit"));
        exit.addClassName("roundtable-exit");
        Div footer = new Div(new Span(getTranslation("app.name") + " · " + getTranslation("app.partners")), pager, exit);
        footer.addClassName("roundtable-footer");
        add(stage, footer);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().get("token");
        String token = tokens == null || tokens.isEmpty() ? null : tokens.getFirst();
        presentation = token == null ? null : presentations.open(token).orElse(null);
        if (presentation == null && (token != null || !authentication.isAuthenticated())) {
            event.forwardTo("login", QueryParameters.empty()); // never the token into another address
            return;
        }
        if (presentation != null) {
            newSessionId(); // a link that was seen on a screen must not also name this browser's session
            filter = DashboardFilterParameters.fromQuery(QueryParameters.fromString(presentation.filterQuery()));
        } else {
            filter = DashboardFilterParameters.fromQuery(event.getLocation().getQueryParameters());
        }
        List<String> asked = event.getLocation().getQueryParameters().getParameters().get("seconds");
        try {
            seconds = asked == null ? DEFAULT_SECONDS : Math.max(5, Math.min(300, Integer.parseInt(asked.getFirst())));
        } catch (NumberFormatException notANumber) {
            seconds = DEFAULT_SECONDS;
        }
        page = 0;
        show();
    }

    /** The number of pages the roundtable cycles through. */
    int pages() {
        return 4;
    }

    void next() {
        page = (page + 1) % pages();
        show();
    }

    private void show() {
        if (presentation != null && !presentations.stillOpen(presentation.id())) {
            presentation = null; // revoked or expired: the presentation ends at this page turn
            getUI().ifPresent(ui -> {
                ui.setPollInterval(-1);
                ui.navigate("login");
            });
            return;
        }
        OverviewFigures figures = figures(overview::figuresForAudience);
        Locale locale = getLocale();
        String year = String.valueOf(Year.now(clock).getValue());
        stage.removeAll();
        stage.add(switch (page) {
            case 0 -> page(getTranslation("roundtable.campaign"),
                    big(Formats.integer(figures.progress().placementsToDate(), locale),
                            getTranslation("roundtable.placed", Formats.integer(figures.progress().goal(), locale))),
                    big(Formats.percent(figures.progress().percentOfGoal(), locale), getTranslation("roundtable.of-goal")),
                    big(Formats.integer(figures.placementsInPeriod(), locale),
                            filter.from() == null && filter.to() == null ? getTranslation("roundtable.in-year", year)
                                    : getTranslation("roundtable.in-period", Formats.date(filter.from(), locale),
                                    Formats.date(filter.to(), locale))));
            case 1 -> page(getTranslation("roundtable.goal"), chart("roundtable-goal",
                    CampaignGoalChart.configure(figures.progress(), this::getTranslation)));
            case 2 -> page(getTranslation("roundtable.programs"),
                    big(Formats.integer(figures.approvedSuppliers(), locale), getTranslation("roundtable.suppliers")),
                    big(Formats.integer(figures.openRequests(), locale), getTranslation("roundtable.requests")),
                    figures.employment() == null || !figures.employment().disclosed()
                            ? big("—", getTranslation("roundtable.employment"))
                            : big(Formats.integer(figures.employment().employment(), locale),
                                    getTranslation("roundtable.employment-in",
                                            figures.employment().quarter().label(this::getTranslation))
                                            + (figures.employmentChangePercent() == null ? "" : String.format(locale,
                                            " (%+.1f%%)", figures.employmentChangePercent()))));
            default -> page(getTranslation("roundtable.by-organization-in", year), chart("roundtable-by-organization",
                    BreakdownChart.configure(figures(overview::placementsByOrganizationForAudience),
                            getTranslation("roundtable.by-organization-in", year),
                            BreakdownChart.subtitle("", FigureAccuracy.ROUNDED, this::getTranslation),
                            this::getTranslation)));
        });
        pager.setText(getTranslation("roundtable.page", page + 1, pages()));
    }

    /** A figure for the room: computed as the presentation link's own principal when one opened the page. */
    private <T> T figures(Function<DashboardFilter, T> figure) {
        return presentation == null ? figure.apply(filter)
                : presentations.asAudience(presentation, () -> figure.apply(filter));
    }

    /** The charts' base font size on a room's screen (Highcharts' default is 12 px). */
    private static final String ROOM_FONT_SIZE = "20px";

    private static void newSessionId() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().changeSessionId();
        }
    }

    private static Div big(String value, String label) {
        return BigFigure.of("roundtable", value, label);
    }

    private static Div page(String title, Component... content) {
        Div figures = new Div(content);
        figures.addClassName("roundtable-figures");
        Div page = new Div(new H1(title), figures);
        page.addClassName("roundtable-page");
        return page;
    }

    private static Chart chart(String id, Configuration configuration) {
        Chart chart = Charts.forScreen(new Chart());
        configuration.getExporting().setEnabled(false); // never Highcharts' export server, here neither
        Style room = new Style();
        room.setFontSize(ROOM_FONT_SIZE); // Highcharts sizes titles, axes and labels from it: legible across a room
        configuration.getChart().setStyle(room);
        chart.setConfiguration(configuration);
        chart.setId(id);
        chart.addClassName("roundtable-chart");
        return chart;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ui.setPollInterval(seconds * 1000);
        polling = ui.addPollListener(poll -> next());
        unsubscribe = live.subscribe(() -> ui.access(this::show));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roundtable.title") + " · " + getTranslation("app.name");
    }
}
