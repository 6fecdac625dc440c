package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.placements.PlacementRow;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.security.Role;

/** All placements of the 1000 Jobs campaign, paged lazily from the database, sortable by every column. */
@Route("placements")
@Menu(order = 1, icon = "vaadin:user-check", title = "nav.placements")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class PlacementListView extends VerticalLayout implements HasDynamicTitle {

    public PlacementListView(PlacementService placements) {
        Locale locale = getLocale();
        Grid<PlacementRow> grid = new Grid<>();
        grid.addColumn(row -> Formats.date(row.startDate(), locale)).setHeader(getTranslation("placements.start-date"))
                .setSortProperty("startDate").setKey("startDate").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.jobSeekerName() == null ? getTranslation("placements.masked") : row.jobSeekerName()).setHeader(getTranslation("placements.job-seeker"))
                .setSortProperty("jobSeekerName").setKey("jobSeekerName").setAutoWidth(true);
        grid.addColumn(PlacementRow::organization).setHeader(getTranslation("placements.organization"))
                .setSortProperty("organization").setKey("organization").setAutoWidth(true);
        grid.addColumn(PlacementRow::employer).setHeader(getTranslation("placements.employer"))
                .setSortProperty("employer").setKey("employer").setAutoWidth(true);
        grid.addColumn(PlacementRow::jobTitle).setHeader(getTranslation("placements.job-title"))
                .setSortProperty("jobTitle").setKey("jobTitle").setAutoWidth(true);
        grid.addColumn(row -> row.naicsCode() + " " + row.subsectorTitle())
                .setHeader(getTranslation("placements.subsector")).setSortProperty("naicsCode").setKey("naicsCode").setAutoWidth(true);
        grid.addColumn(row -> getTranslation("placement-type." + row.placementType()))
                .setHeader(getTranslation("placements.type")).setSortProperty("placementType").setKey("placementType").setAutoWidth(true);
        grid.addColumn(row -> Formats.dollars(row.hourlyWage(), locale)).setHeader(getTranslation("placements.wage"))
                .setSortProperty("hourlyWage").setKey("hourlyWage").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation(row.fullTime() ? "placements.full-time" : "placements.part-time"))
                .setHeader(getTranslation("placements.hours")).setKey("fullTime").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> getTranslation("placement-status." + row.status()))
                .setHeader(getTranslation("placements.status")).setSortProperty("status").setKey("status").setAutoWidth(true);
        grid.setItemsPageable(placements::findRows, pageable -> placements.countRows());
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("placements.grid-label"));
        grid.setSizeFull();

        Span total = new Span(getTranslation("placements.total", Formats.integer(placements.countRows(), locale)));
        total.addClassName("secondary-text");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("placements.title")), total);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(header, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("placements.title") + " · " + getTranslation("app.name");
    }
}
