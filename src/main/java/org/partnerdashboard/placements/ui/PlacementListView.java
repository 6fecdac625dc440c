package org.partnerdashboard.placements.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.ui.ColumnChooser;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.FilterPanel;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.ListHeader;
import org.partnerdashboard.placements.JobSeekerService;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementRow;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementTotals;
import org.partnerdashboard.placements.PlacementType;
import org.partnerdashboard.security.Role;
import org.springframework.data.domain.Sort;

/**
 * The campaign's placements, paged lazily from the database: filters (kept in the URL, so a view can be bookmarked
 * and shared), sorting by every column, a column chooser, and totals of the filtered rows in the footer.
 */
@Route("placements")
@Menu(order = 1, icon = "vaadin:user-check", title = "nav.placements")
@RolesAllowed({Role.Names.ADMIN, Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class PlacementListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PlacementService placements;
    private final Grid<PlacementRow> grid = new Grid<>();
    private final PlacementFilterBar filters;
    private final Span total = new Span();
    private FooterRow footer;
    private Grid.Column<PlacementRow> startColumn;
    private Grid.Column<PlacementRow> wageColumn;
    private Grid.Column<PlacementRow> hoursColumn;
    private PlacementFilter filter = PlacementFilter.NONE;
    private Sort sort = Sort.unsorted();

    public PlacementListView(PlacementService placements, JobSeekerService jobSeekers,
            ReferenceDataService referenceData, AuthenticationContext authentication) {
        this.placements = placements;
        this.filters = new PlacementFilterBar(placements, referenceData.subsectors());
        configureGrid(getLocale());
        boolean editor = authentication.hasAnyRole(Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF);
        Button newJobSeeker = new Button(getTranslation("placements.new-job-seeker"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(JobSeekerEditorView.class, "new"));
        newJobSeeker.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newJobSeeker.setId("new-job-seeker");
        newJobSeeker.setVisible(editor);
        if (editor) {
            grid.addItemClickListener(click -> UI.getCurrent().navigate(JobSeekerEditorView.class,
                    String.valueOf(jobSeekers.jobSeekerOfPlacement(click.getItem().id()))));
        }
        filters.addFilterChangeListener(changed -> {
            filter = changed;
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("placements", PlacementFilterParameters.toQuery(changed))));
            refresh();
        });

        add(new ListHeader(getTranslation("placements.title"), total,
                new DownloadLinks("download", "placements", this::download),
                new ColumnChooser(grid, getTranslation("grid.columns")), newJobSeeker), new FilterPanel(filters), grid);
        setSizeFull();
    }

    /** Writes the rows the grid shows (its filter and sort), streamed from the database. */
    private void download(TabularFormat format, OutputStream out) throws IOException {
        placements.export(filter, sort, format, List.of(getTranslation("placements.start-date"),
                getTranslation("placements.job-seeker"), getTranslation("placements.organization"),
                getTranslation("placements.employer"), getTranslation("placements.job-title"), "NAICS",
                getTranslation("placements.subsector"), getTranslation("placements.type"),
                getTranslation("placements.wage"), getTranslation("placements.full-time"),
                getTranslation("placements.status")),
                value -> getTranslation((value instanceof PlacementType ? "placement-type." : "placement-status.")
                        + value.name()), out);
    }

    private void configureGrid(Locale locale) {
        startColumn = PHONE.of(grid.addColumn(row -> Formats.date(row.startDate(), locale))
                .setHeader(getTranslation("placements.start-date")).setSortProperty("startDate").setKey("startDate")
                .setWidth("8.5em").setFlexGrow(0));
        PHONE.of(grid.addColumn(row -> row.jobSeekerName() == null ? getTranslation("placements.masked")
                        : row.jobSeekerName())
                .setHeader(getTranslation("placements.job-seeker")).setSortProperty("jobSeekerName")
                .setKey("jobSeekerName").setWidth("9em").setFlexGrow(1).setTooltipGenerator(PlacementRow::jobSeekerName));
        LAPTOP.of(grid.addColumn(PlacementRow::employer).setHeader(getTranslation("placements.employer"))
                .setSortProperty("employer").setKey("employer").setWidth("12em").setFlexGrow(2)
                .setTooltipGenerator(PlacementRow::employer));
        PHONE.of(grid.addColumn(row -> getTranslation("placement-status." + row.status()))
                .setHeader(getTranslation("placements.status")).setSortProperty("status").setKey("status")
                .setWidth("8em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(row -> getTranslation("placement-type." + row.placementType()))
                .setHeader(getTranslation("placements.type")).setSortProperty("placementType").setKey("placementType")
                .setWidth("9em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(row -> Subsector.label(row.naicsCode(), row.subsectorTitle()))
                .setHeader(getTranslation("placements.subsector")).setSortProperty("naicsCode").setKey("naicsCode")
                .setWidth("12em").setFlexGrow(1)
                .setTooltipGenerator(row -> Subsector.label(row.naicsCode(), row.subsectorTitle())));
        MORE.of(grid.addColumn(PlacementRow::organization).setHeader(getTranslation("placements.organization"))
                .setSortProperty("organization").setKey("organization").setWidth("12em").setFlexGrow(1)
                .setTooltipGenerator(PlacementRow::organization));
        MORE.of(grid.addColumn(PlacementRow::jobTitle).setHeader(getTranslation("placements.job-title"))
                .setSortProperty("jobTitle").setKey("jobTitle").setWidth("11em").setFlexGrow(1)
                .setTooltipGenerator(PlacementRow::jobTitle));
        wageColumn = MORE.of(grid.addColumn(row -> Formats.dollars(row.hourlyWage(), locale))
                .setHeader(getTranslation("placements.wage")).setSortProperty("hourlyWage").setKey("hourlyWage")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0));
        hoursColumn = MORE.of(grid.addColumn(row -> getTranslation(row.fullTime() ? "placements.full-time"
                        : "placements.part-time"))
                .setHeader(getTranslation("placements.hours")).setKey("fullTime").setAutoWidth(true).setFlexGrow(0));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(pageable -> placements.findRows(filter, pageable),
                pageable -> placements.countRows(filter));
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addSortListener(sorted -> sort = Sort.by(sorted.getSortOrder().stream()
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted().getKey()) : Sort.Order.desc(order.getSorted().getKey()))
                .toList()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("placements.grid-label"));
        grid.setSizeFull();
        footer = grid.appendFooterRow();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = PlacementFilterParameters.fromQuery(event.getLocation().getQueryParameters());
        filters.setFilter(filter, false);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        Locale locale = getLocale();
        PlacementTotals totals = placements.totals(filter);
        total.setText(getTranslation("placements.total", totals.placements()));
        footer.getCell(startColumn).setText(getTranslation("placements.footer.count", totals.placements()));
        footer.getCell(wageColumn).setText(totals.averageWage() == null ? ""
                : getTranslation("placements.footer.average", Formats.dollars(totals.averageWage(), locale)));
        footer.getCell(hoursColumn).setText(getTranslation("placements.footer.full-time",
                Formats.integer(totals.fullTime(), locale)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("placements.title") + " · " + getTranslation("app.name");
    }
}
