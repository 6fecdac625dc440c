package org.partnerdashboard.suppliers.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.ui.ColumnChooser;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.FilterPanel;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.ListHeader;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.suppliers.DiversityCertification;
import org.partnerdashboard.suppliers.QualityCertification;
import org.partnerdashboard.suppliers.SupplierDirectoryService;
import org.partnerdashboard.suppliers.SupplierFilter;
import org.partnerdashboard.suppliers.SupplierImportService;
import org.partnerdashboard.suppliers.SupplierRow;
import org.springframework.data.domain.Sort;

/** The supplier directory: every facet, free-text search, sorting, paged lazily; a click opens the supplier. */
@Route("suppliers")
@Menu(order = 6, icon = "vaadin:factory", title = "nav.suppliers")
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SupplierDirectoryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The supplier page lives with sourcing (it lists the requests a supplier was scouted for). */
    public static final String SUPPLIER_ROUTE = "supplier/";

    private final SupplierDirectoryService directory;
    private final Grid<SupplierRow> grid = new Grid<>();
    private final SupplierFilterBar filters;
    private final Span total = new Span();
    private SupplierFilter filter;
    private Sort sort = Sort.unsorted();

    public SupplierDirectoryView(SupplierDirectoryService directory, ReferenceDataService referenceData,
            SupplierImportService imports) {
        this.directory = directory;
        this.filters = new SupplierFilterBar(referenceData, imports.sourceChoices());
        this.filter = filters.filter();
        configureGrid();
        filters.addFilterChangeListener(changed -> {
            filter = changed;
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("suppliers", SupplierFilterParameters.toQuery(changed))));
            refresh();
        });
        add(new ListHeader(getTranslation("directory.title"), total,
                new DownloadLinks("download-suppliers", "suppliers", this::download),
                new ColumnChooser(grid, getTranslation("grid.columns"))), new FilterPanel(filters), grid);
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.setFilter(SupplierFilterParameters.fromQuery(event.getLocation().getQueryParameters()));
        filter = filters.filter();
        refresh();
    }

    /** Writes the suppliers the grid shows (its facets and sort). */
    private void download(TabularFormat format, OutputStream out) throws IOException {
        directory.export(filter, sort, format, List.of(getTranslation("supplier.legal-name"),
                getTranslation("supplier.city"), getTranslation("supplier.state"), getTranslation("supplier.county"),
                "NAICS", getTranslation("supplier.primary-subsector"), getTranslation("supplier.employees"),
                getTranslation("supplier.quality-certifications"), getTranslation("supplier.diversity-certifications"),
                getTranslation("supplier.buy-america"), getTranslation("directory.status"),
                getTranslation("supplier.registered-on")), value -> getTranslation(switch (value) {
                    case QualityCertification c -> "certification." + c.name();
                    case DiversityCertification d -> "diversity." + d.name();
                    default -> "registration-status." + value.name();
                }), out);
    }

    private void configureGrid() {
        PHONE.of(grid.addColumn(SupplierRow::legalName).setHeader(getTranslation("supplier.legal-name"))
                .setSortProperty("legalName").setKey("legalName").setWidth("12em").setFlexGrow(2)
                .setTooltipGenerator(SupplierRow::legalName));
        PHONE.of(grid.addColumn(r -> r.city() + ", " + r.stateCode()).setHeader(getTranslation("supplier.city"))
                .setSortProperty("city").setKey("city").setWidth("9em").setFlexGrow(0)
                .setTooltipGenerator(r -> r.city() + ", " + r.stateCode()));
        MORE.of(grid.addColumn(r -> r.countyName() == null ? getTranslation("supplier.outside-area") : r.countyName())
                .setHeader(getTranslation("supplier.county")).setKey("county").setWidth("8em").setFlexGrow(0));
        // subsector titles are long: a fixed width, the full title in the tooltip
        LAPTOP.of(grid.addColumn(r -> Subsector.label(r.naicsCode(), r.subsectorTitle()))
                .setHeader(getTranslation("supplier.primary-subsector")).setSortProperty("naicsCode").setKey("naicsCode")
                .setWidth("12em").setFlexGrow(1).setTooltipGenerator(r -> Subsector.label(r.naicsCode(), r.subsectorTitle())));
        LAPTOP.of(grid.addColumn(r -> r.employeeCount() == null ? "" : Formats.integer(r.employeeCount(), getLocale()))
                .setHeader(getTranslation("supplier.employees")).setSortProperty("employeeCount").setKey("employeeCount")
                .setTextAlign(ColumnTextAlign.END).setWidth("8.5em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(this::certifications).setHeader(getTranslation("directory.certifications"))
                .setKey("certifications").setWidth("10em").setFlexGrow(1).setTooltipGenerator(this::certifications));
        LAPTOP.of(grid.addColumn(r -> getTranslation(r.buyAmerica() ? "answer.yes" : "answer.no"))
                .setHeader(getTranslation("supplier.buy-america")).setKey("buyAmerica").setWidth("8em").setFlexGrow(0));
        grid.addColumn(r -> getTranslation("registration-status." + r.status())).setHeader(getTranslation("directory.status"))
                .setSortProperty("status").setKey("status").setAutoWidth(true).setFlexGrow(0)
                .setVisible(false); // the registration filter says it; the column chooser shows it
        MORE.of(grid.getColumnByKey("status"));
        grid.addColumn(r -> Formats.date(r.registeredOn(), getLocale())).setHeader(getTranslation("supplier.registered-on"))
                .setSortProperty("registeredOn").setKey("registeredOn").setAutoWidth(true).setFlexGrow(0)
                .setVisible(false);
        MORE.of(grid.getColumnByKey("registeredOn"));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(pageable -> directory.find(filter, pageable), pageable -> directory.count(filter));
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.addSortListener(sorted -> sort = Sort.by(sorted.getSortOrder().stream()
                .map(order -> order.getDirection() == SortDirection.ASCENDING
                        ? Sort.Order.asc(order.getSorted().getKey()) : Sort.Order.desc(order.getSorted().getKey()))
                .toList()));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(SUPPLIER_ROUTE + click.getItem().id()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("directory.grid-label"));
        grid.setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("directory.total", directory.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.title") + " · " + getTranslation("app.name");
    }

    private String certifications(SupplierRow r) {
        return String.join(", ", Stream.concat(
                r.qualityCertifications().stream().map(c -> getTranslation("certification." + c)),
                r.diversityCertifications().stream().map(c -> getTranslation("diversity." + c))).toList());
    }
}
