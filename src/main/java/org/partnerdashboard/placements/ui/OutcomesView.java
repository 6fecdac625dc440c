package org.partnerdashboard.placements.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.exports.ui.ChartCard;
import org.partnerdashboard.exports.ui.ExportContext;
import org.partnerdashboard.placements.CampaignOutcomes;
import org.partnerdashboard.placements.CohortOutcome;
import org.partnerdashboard.placements.OutcomesService;
import org.partnerdashboard.security.Role;

/**
 * How placed people fare, cohort by cohort: retention at 30, 90 and 180 days, wages at placement and at the last
 * follow-up, people against placements, and the credentials completed programs earned (what funders ask).
 */
@Route("campaign/outcomes")
@Menu(order = 2.2, icon = "vaadin:users", title = "nav.outcomes")
@RolesAllowed(Role.Names.STAFF)
public class OutcomesView extends VerticalLayout implements HasDynamicTitle, ExportContext {

    /** The quarters the table and the chart show: the last three years. */
    static final int QUARTERS = 12;

    public OutcomesView(OutcomesService outcomes) {
        CampaignOutcomes figures = outcomes.outcomes();
        List<CohortOutcome> recent = figures.cohorts().subList(Math.max(0, figures.cohorts().size() - QUARTERS),
                figures.cohorts().size());
        Locale locale = getLocale();
        Div kpis = new Div(
                new KpiCard(getTranslation("outcomes.people"), getTranslation("outcomes.people-value",
                        Formats.integer(figures.people(), locale)),
                        getTranslation("outcomes.people-note", Formats.integer(figures.placements(), locale))),
                new KpiCard(getTranslation("outcomes.credentials"), figures.credentialPercent() == null ? "—"
                        : Formats.percent(figures.credentialPercent(), locale), getTranslation(
                        "outcomes.credentials-note", Formats.integer(figures.credentials(), locale),
                        Formats.integer(figures.programsEnded(), locale))));
        kpis.addClassName("kpi-row");
        Div charts = new Div(ChartCard.of("outcomes-retention", CohortCharts.retention(recent, this::getTranslation),
                true));
        charts.addClassName("chart-grid");
        charts.setWidthFull();
        add(new H1(getTranslation("outcomes.title")), new Paragraph(getTranslation("outcomes.intro")), kpis, charts,
                new H2(getTranslation("outcomes.table")), table(recent));
        if (figures.accuracy() != FigureAccuracy.EXACT) {
            add(new Paragraph(getTranslation("pacing.rounded")));
        }
        setWidthFull();
    }

    private Grid<CohortOutcome> table(List<CohortOutcome> cohorts) {
        Grid<CohortOutcome> grid = new Grid<>();
        PHONE.of(grid.addColumn(CohortOutcome::label).setHeader(getTranslation("outcomes.cohort")).setWidth("6.5em")
                .setFlexGrow(0));
        number(grid, PHONE, "outcomes.placements", "5.5em", c -> Formats.integer(c.placements(), getLocale()));
        number(grid, LAPTOP, "outcomes.people-column", "5em", c -> Formats.integer(c.people(), getLocale()));
        for (int milestone : new int[] {30, 90, 180}) {
            number(grid, milestone == 180 ? PHONE : LAPTOP, "outcomes.retained." + milestone, "5em",
                    c -> percent(c.retentionPercent(milestone)));
        }
        number(grid, LAPTOP, "outcomes.start-wage", "6em", c -> money(c.startWage()));
        number(grid, LAPTOP, "outcomes.last-wage", "6em", c -> money(c.lastWage()));
        number(grid, LAPTOP, "outcomes.wage-change", "5em", c -> money(c.wageChange()));
        number(grid, MORE, "outcomes.credentials-column", "7em", c -> c.programsEnded() == 0 ? "—"
                : Formats.integer(c.credentials(), getLocale()) + " / " + Formats.integer(c.programsEnded(),
                        getLocale()));
        ColumnPriority.adapt(grid);
        grid.setItems(cohorts.reversed());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("outcomes.table"));
        grid.setId("cohorts");
        return grid;
    }

    private void number(Grid<CohortOutcome> grid, ColumnPriority priority, String header, String width,
            ValueProvider<CohortOutcome, String> value) {
        priority.of(grid.addColumn(value).setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END)
                .setWidth(width).setFlexGrow(1));
    }

    private String percent(Double value) {
        return value == null ? "—" : Formats.percent(value, getLocale());
    }

    private String money(BigDecimal value) {
        return value == null ? "—" : Formats.dollars(value, getLocale());
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
        return getTranslation("outcomes.title") + " · " + getTranslation("app.name");
    }
}
