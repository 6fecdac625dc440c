package org.partnerdashboard.dashboards.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.SubsectorBriefService;
import org.partnerdashboard.dashboards.SubsectorSummary;

/**
 * Every manufacturing subsector across the three programs in one table: its economy (QCEW), the campaign's
 * placements in it and the Supply Chain Center's suppliers in it, with a link to its printable brief.
 */
@Route("subsectors")
@Menu(order = 7.7, icon = "vaadin:grid-big", title = "nav.subsectors")
@PermitAll
public class SubsectorOverviewView extends VerticalLayout implements HasDynamicTitle {

    private final SubsectorBriefService briefs;
    private final Select<AreaName> area = new Select<>();
    private final Grid<SubsectorSummary> grid = new Grid<>();
    private final Paragraph period = new Paragraph();

    public SubsectorOverviewView(SubsectorBriefService briefs, ReferenceDataService referenceData) {
        this.briefs = briefs;
        area.setLabel(getTranslation("subsectors.area"));
        area.setItems(referenceData.areas());
        area.setItemLabelGenerator(AreaName::name);
        area.setValue(referenceData.areas().stream().filter(a -> a.fips().equals("17031")).findFirst().orElseThrow());
        area.addValueChangeListener(change -> refresh());
        period.addClassName("secondary-text");

        grid.addComponentColumn(s -> new Anchor("brief/" + s.subsector().code() + "?area=" + area.getValue().fips(),
                        s.subsector().label()))
                .setHeader(getTranslation("subsectors.subsector")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> s.latest() == null ? "—" : !s.latest().disclosed() ? getTranslation("explorer.withheld")
                        : Formats.integer(s.latest().employment(), getLocale()))
                .setHeader(getTranslation("subsectors.employment")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> s.employmentChangePercent() == null ? "" : String.format(getLocale(), "%+.1f%%",
                        s.employmentChangePercent()))
                .setHeader(getTranslation("subsectors.change")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> s.latest() == null || !s.latest().disclosed() ? "" : Formats.integer(
                        s.latest().establishments(), getLocale()))
                .setHeader(getTranslation("subsectors.establishments")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(s -> s.latest() == null || !s.latest().disclosed() ? "" : "$" + Formats.integer(
                        s.latest().averageWeeklyWage(), getLocale()))
                .setHeader(getTranslation("subsectors.weekly-wage")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> s.placements() == null ? getTranslation("figure.suppressed")
                        : Formats.integer(s.placements(), getLocale()))
                .setHeader(getTranslation("subsectors.placements")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(s -> Formats.integer(s.approvedSuppliers(), getLocale()))
                .setHeader(getTranslation("subsectors.suppliers")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("subsectors.title"));

        add(new H1(getTranslation("subsectors.title")), new Paragraph(getTranslation("subsectors.intro")), area, period,
                grid);
        setWidthFull();
        refresh();
    }

    private void refresh() {
        String fips = area.getValue().fips();
        grid.setItems(briefs.overview(fips));
        period.setText(briefs.latestQuarter(fips).map(q -> getTranslation("subsectors.period", q.label(this::getTranslation)))
                .orElse(getTranslation("subsectors.no-figures")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subsectors.title") + " · " + getTranslation("app.name");
    }
}
