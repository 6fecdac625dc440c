package org.partnerdashboard.dashboards.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

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
import jakarta.annotation.security.RolesAllowed;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.dashboards.SubsectorBriefService;
import org.partnerdashboard.dashboards.SubsectorSummary;
import org.partnerdashboard.security.Role;

/**
 * Every manufacturing subsector across the three programs in one table: its economy (QCEW), the campaign's
 * placements in it and the Supply Chain Center's suppliers in it, with a link to its printable brief.
 */
@Route("subsectors")
@Menu(order = 7.7, icon = "vaadin:grid-big", title = "nav.subsectors")
@RolesAllowed(Role.Names.STAFF)
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

        PHONE.of(grid.addComponentColumn(s -> new Anchor("brief/" + s.subsector().code() + "?area="
                        + area.getValue().fips(), s.subsector().label()))
                .setHeader(getTranslation("subsectors.subsector")).setWidth("12em").setFlexGrow(2));
        PHONE.of(number(grid.addColumn(s -> s.placements() == null ? getTranslation("figure.suppressed")
                        : Formats.integer(s.placements(), getLocale())), "subsectors.placements"));
        LAPTOP.of(number(grid.addColumn(s -> Formats.integer(s.approvedSuppliers(), getLocale())),
                "subsectors.suppliers"));
        LAPTOP.of(number(grid.addColumn(s -> s.latest() == null ? "—" : !s.latest().disclosed()
                        ? getTranslation("explorer.withheld") : Formats.integer(s.latest().employment(), getLocale())),
                "subsectors.employment"));
        LAPTOP.of(number(grid.addColumn(s -> s.employmentChangePercent() == null ? ""
                        : String.format(getLocale(), "%+.1f%%", s.employmentChangePercent())), "subsectors.change"));
        MORE.of(number(grid.addColumn(s -> s.latest() == null || s.latest().establishments() == null ? ""
                        : Formats.integer(s.latest().establishments(), getLocale())), "subsectors.establishments"));
        MORE.of(number(grid.addColumn(s -> s.latest() == null || !s.latest().disclosed() ? ""
                        : "$" + Formats.integer(s.latest().averageWeeklyWage(), getLocale())), "subsectors.weekly-wage"));
        ColumnPriority.adapt(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
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

    /** A figure's column: right-aligned, wide enough for its header (headers wrap onto two lines). */
    private Grid.Column<SubsectorSummary> number(Grid.Column<SubsectorSummary> column, String headerKey) {
        return column.setHeader(getTranslation(headerKey)).setTextAlign(ColumnTextAlign.END).setWidth("7.5em")
                .setFlexGrow(0);
    }
}
