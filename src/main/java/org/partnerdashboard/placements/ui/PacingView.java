package org.partnerdashboard.placements.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.exports.Report;
import org.partnerdashboard.exports.ui.BoardPackButton;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.placements.CampaignPacing;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.GoalProjection;
import org.partnerdashboard.placements.OutcomesService;
import org.partnerdashboard.placements.Pace;
import org.partnerdashboard.placements.PacingService;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementSlice;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.partnerdashboard.security.Role;

/**
 * Whether the campaign and each organization are on pace for the year's targets, and when the goal is reached at
 * the recent rate: the goal chart with the projection band, and every pace in words. The year lives in the URL.
 */
@Route("campaign/pacing")
@Menu(order = 2.1, icon = "vaadin:time-forward", title = "nav.pacing")
@RolesAllowed(Role.Names.STAFF)
public class PacingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver, ExportContext {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PacingService pacing;
    private final OutcomesService outcomes;
    private final PlacementService placements;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CampaignYearSelect year;
    private final Div content = new Div();
    private int shownYear;

    public PacingView(PacingService pacing, OutcomesService outcomes, PlacementService placements,
            CurrentUser currentUser, Clock clock) {
        this.pacing = pacing;
        this.outcomes = outcomes;
        this.placements = placements;
        this.currentUser = currentUser;
        this.clock = clock;
        CampaignSettings campaign = placements.campaignSettings();
        year = new CampaignYearSelect(campaign, "pacing-year", PacingView.class);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("pacing.title")), year,
                new BoardPackButton("funder-report-pdf", "funder-report.pdf", this::funderReport,
                        new BoardPackButton.Output("funder.pdf", "funder.ready", "application/pdf", false)),
                new BoardPackButton("funder-report-xlsx", "funder-report.xlsx", this::funderReport,
                        new BoardPackButton.Output("funder.xlsx", "funder.ready", XLSX, true)));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, new Paragraph(getTranslation("pacing.intro")));
        if (currentUser.scope().role() == Role.CAMPAIGN_STAFF || currentUser.scope().role() == Role.ADMIN) {
            Anchor targets = new Anchor("campaign/targets", getTranslation("pacing.edit-targets"));
            targets.setId("edit-targets");
            add(targets);
        }
        content.setWidthFull();
        add(content);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        shownYear = year.show(event.getLocation(), LocalDate.now(clock));
        show(pacing.pacing(shownYear));
    }

    /**
     * The funder report of the year shown, gathered here (with the signed-in user's rights) for the audience
     * outside the partnership: every count rounded; written to a file in the background.
     */
    private Supplier<Report> funderReport() {
        Report report = FunderReport.of(shownYear, pacing.pacing(shownYear, Disclosure.forAudience()),
                outcomes.outcomes(Disclosure.forAudience()),
                outcomes.retentionOfYear(shownYear, Disclosure.forAudience()), placements.campaignProgress(PlacementSlice.ALL,
                        Disclosure.forAudience()), LocalDate.now(clock), this, getLocale());
        return () -> report;
    }

    private void show(CampaignPacing figures) {
        content.removeAll();
        Div kpis = new Div(yearCard(figures), goalCard(figures.projection()));
        kpis.addClassName("kpi-row");
        CampaignProgress progress = placements.campaignProgress();
        ChartCard goalChart = ChartCard.of("pacing-goal", CampaignGoalChart.withProjection(
                CampaignGoalChart.configure(progress, this::getTranslation), progress, figures.projection(),
                YearMonth.now(clock), this::getTranslation), true);
        Div charts = new Div(goalChart);
        charts.addClassName("chart-grid");
        content.add(kpis, new Paragraph(projectionWords(figures.projection())), charts,
                new H2(getTranslation("pacing.organizations", String.valueOf(figures.year()))), organizations(figures.organizations()));
        if (figures.accuracy() != FigureAccuracy.EXACT) {
            content.add(new Paragraph(getTranslation("pacing.rounded")));
        }
    }

    private KpiCard yearCard(CampaignPacing figures) {
        Pace pace = figures.campaign();
        String value = pace.target() == null ? Formats.integer(pace.actual(), getLocale())
                : getTranslation("pacing.of-target", Formats.integer(pace.actual(), getLocale()),
                        Formats.integer(pace.target(), getLocale()));
        return new KpiCard(getTranslation("pacing.year-card", String.valueOf(figures.year())), value,
                PaceWords.of(pace, this::getTranslation, getLocale()));
    }

    private KpiCard goalCard(GoalProjection projection) {
        String value = getTranslation("pacing.of-target", Formats.integer(projection.toDate(), getLocale()),
                Formats.integer(projection.goal(), getLocale()));
        String note = projection.reached() ? getTranslation("pacing.goal-reached")
                : projection.neededPerMonth() == null ? getTranslation("pacing.campaign-over")
                : getTranslation("pacing.goal-needs", PaceWords.oneDecimal(projection.neededPerMonth(), getLocale()),
                        month(YearMonth.from(placements.campaignSettings().end())));
        return new KpiCard(getTranslation("pacing.goal-card"), value, note);
    }

    /** "At the last 6 months' rate (8.3 a month) the goal is reached in August 2029; between … and …". */
    private String projectionWords(GoalProjection p) {
        if (p.reached()) {
            return getTranslation("pacing.goal-reached");
        }
        String rates = getTranslation("pacing.rates", PaceWords.oneDecimal(p.recentRate(), getLocale()),
                PaceWords.oneDecimal(p.longRate(), getLocale()));
        if (p.projected() == null) {
            return rates + " " + getTranslation("pacing.projection-none");
        }
        String when = getTranslation("pacing.projection", month(p.projected()));
        String range = p.latest() == null ? getTranslation("pacing.range-open", month(p.earliest()))
                : getTranslation("pacing.range", month(p.earliest()), month(p.latest()));
        return rates + " " + when + " " + range;
    }

    private String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(month);
    }

    private Grid<CampaignPacing.OrganizationPace> organizations(List<CampaignPacing.OrganizationPace> rows) {
        Grid<CampaignPacing.OrganizationPace> grid = new Grid<>();
        PHONE.of(grid.addColumn(CampaignPacing.OrganizationPace::name).setHeader(getTranslation("pacing.organization"))
                .setWidth("9em").setFlexGrow(1));
        LAPTOP.of(grid.addColumn(o -> o.pace().target() == null ? "—" : Formats.integer(o.pace().target(), getLocale()))
                .setHeader(getTranslation("pacing.target")).setTextAlign(ColumnTextAlign.END).setWidth("6em")
                .setFlexGrow(0));
        PHONE.of(grid.addColumn(o -> Formats.integer(o.pace().actual(), getLocale()))
                .setHeader(getTranslation("pacing.placed")).setTextAlign(ColumnTextAlign.END).setWidth("7.5em")
                .setFlexGrow(0));
        LAPTOP.of(grid.addColumn(o -> o.pace().target() == null ? "—" : Formats.integer(Math.round(o.pace().expected()),
                getLocale())).setHeader(getTranslation("pacing.expected")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8.5em").setFlexGrow(0));
        PHONE.of(grid.addComponentColumn(o -> status(o.pace())).setHeader(getTranslation("pacing.status"))
                .setWidth("9em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(o -> PaceWords.of(o.pace(), this::getTranslation, getLocale()))
                .setHeader(getTranslation("pacing.explanation")).setWidth("14em").setFlexGrow(2));
        ColumnPriority.adapt(grid);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("pacing.organizations", String.valueOf(shownYear)));
        grid.setId("pacing-organizations");
        return grid;
    }

    private Span status(Pace pace) {
        Span badge = new Span(getTranslation("pacing.status." + pace.status()));
        badge.addClassNames("status-badge", switch (pace.status()) {
            case MET, ON_TRACK -> "done";
            case AT_RISK -> "at-risk";
            case BEHIND -> "behind";
            case NO_TARGET -> "ended";
        });
        return badge;
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
        return getTranslation("pacing.title") + " · " + getTranslation("app.name");
    }
}
