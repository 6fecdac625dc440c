package org.partnerdashboard.sourcing.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.FilterPanel;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.base.ui.ListHeader;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.sourcing.RequestOrigin;
import org.partnerdashboard.sourcing.SourcingFilter;
import org.partnerdashboard.sourcing.SourcingRequestRow;
import org.partnerdashboard.sourcing.SourcingRequestStatus;
import org.partnerdashboard.sourcing.SourcingService;
import org.springframework.data.domain.Sort;

/** Buyers' sourcing requests, newest first, paged lazily; a click opens one, "New request" records one. */
@Route("sourcing")
@Menu(order = 7, icon = "vaadin:cart", title = "nav.sourcing")
@RolesAllowed(Role.Names.SUPPLY_CHAIN_STAFF)
public class SourcingRequestListView extends VerticalLayout implements HasDynamicTitle {

    private final SourcingService sourcing;
    private final Grid<SourcingRequestRow> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<SourcingRequestStatus> status = new Select<>();
    private final ComboBox<Subsector> subsector = new ComboBox<>();
    private final Span total = new Span();
    private final Select<RequestOrigin> origin = new Select<>();
    private SourcingFilter filter = SourcingFilter.NONE;
    private Sort sort = Sort.unsorted();

    public SourcingRequestListView(SourcingService sourcing, ReferenceDataService referenceData) {
        this.sourcing = sourcing;
        text.setLabel(getTranslation("sourcing.search"));
        text.setPlaceholder(getTranslation("sourcing.search-placeholder"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        status.setLabel(getTranslation("sourcing.status"));
        status.setItems(SourcingRequestStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(s -> s == null ? getTranslation("filter.any") : getTranslation("request-status." + s));
        subsector.setLabel(getTranslation("sourcing.subsector"));
        subsector.setItems(referenceData.subsectors());
        subsector.setItemLabelGenerator(Subsector::label);
        subsector.setClearButtonVisible(true);
        text.addValueChangeListener(change -> filterChanged());
        status.addValueChangeListener(change -> filterChanged());
        subsector.addValueChangeListener(change -> filterChanged());
        origin.setLabel(getTranslation("sourcing.origin"));
        origin.setItems(RequestOrigin.values());
        origin.setEmptySelectionAllowed(true);
        origin.setItemLabelGenerator(o -> o == null ? getTranslation("filter.any") : getTranslation("request-origin." + o));
        origin.setId("origin-filter");
        origin.addValueChangeListener(change -> filterChanged());
        Div filters = new Div(text, status, subsector, origin);
        filters.addClassName("filter-bar");

        PHONE.of(grid.addColumn(SourcingRequestRow::title).setHeader(getTranslation("sourcing.title"))
                .setSortProperty("title").setWidth("12em").setFlexGrow(2).setTooltipGenerator(SourcingRequestRow::title));
        PHONE.of(grid.addComponentColumn(r -> RequestBadges.status(r.status(), this))
                .setHeader(getTranslation("sourcing.status")).setSortProperty("status").setWidth("8.5em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(r -> r.dueDate() == null ? "" : Formats.date(r.dueDate(), getLocale()))
                .setHeader(getTranslation("sourcing.due-date")).setSortProperty("dueDate").setWidth("8.5em")
                .setFlexGrow(0));
        LAPTOP.of(grid.addColumn(r -> Formats.integer(r.matches(), getLocale())).setHeader(getTranslation("sourcing.matches"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(SourcingRequestRow::buyer).setHeader(getTranslation("sourcing.buyer")).setWidth("10em")
                .setFlexGrow(1).setTooltipGenerator(SourcingRequestRow::buyer));
        LAPTOP.of(grid.addColumn(r -> Subsector.label(r.naicsCode(), r.subsectorTitle()))
                .setHeader(getTranslation("sourcing.subsector")).setSortProperty("naicsCode").setWidth("11em")
                .setFlexGrow(1).setTooltipGenerator(r -> Subsector.label(r.naicsCode(), r.subsectorTitle())));
        MORE.of(grid.addColumn(r -> Formats.date(r.requestedOn(), getLocale()))
                .setHeader(getTranslation("sourcing.requested-on")).setSortProperty("requestedOn").setWidth("8.5em")
                .setFlexGrow(0));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(pageable -> sourcing.find(filter, pageable), pageable -> sourcing.count(filter));
        grid.addItemClickListener(click -> UI.getCurrent().navigate(SourcingRequestView.class,
                String.valueOf(click.getItem().id())));
        grid.addSortListener(sorted -> sort = Sort.by(sorted.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(order -> order.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(order.getSorted())
                        : Sort.Order.desc(order.getSorted()))
                .toList()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("sourcing.grid-label"));
        grid.setSizeFull();

        Button create = new Button(getTranslation("sourcing.new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(SourcingRequestView.class, "new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-request");
        add(new ListHeader(getTranslation("sourcing.list-title"), total,
                new DownloadLinks("download-requests", "sourcing-requests", this::download), create));
        long interests = sourcing.newInterests();
        long fromBuyers = sourcing.count(new SourcingFilter(null, SourcingRequestStatus.OPEN, null, null,
                RequestOrigin.BUYER));
        if (interests > 0 || fromBuyers > 0) {
            // what arrived from the two spaces and waits for staff
            Paragraph notice = new Paragraph(Stream.of(
                    fromBuyers == 0 ? null : getTranslation("sourcing.arrived.requests", fromBuyers),
                    interests == 0 ? null : getTranslation("sourcing.arrived.interests", interests))
                    .filter(Objects::nonNull).collect(Collectors.joining(" ")));
            notice.addClassName("notice");
            notice.setId("sourcing-arrived");
            add(notice);
        }
        add(new FilterPanel(filters), grid);
        setSizeFull();
        refresh();
    }

    /** Writes the requests the grid shows (its filters and sort). */
    private void download(TabularFormat format, OutputStream out) throws IOException {
        sourcing.export(filter, sort, format, List.of(getTranslation("sourcing.requested-on"),
                getTranslation("sourcing.title"), getTranslation("sourcing.buyer"), "NAICS",
                getTranslation("sourcing.subsector"), getTranslation("sourcing.status"),
                getTranslation("sourcing.due-date"), getTranslation("sourcing.matches")),
                value -> getTranslation("request-status." + value), out);
    }

    private void filterChanged() {
        filter = new SourcingFilter(text.getValue().isBlank() ? null : text.getValue().trim(), status.getValue(),
                subsector.getValue() == null ? null : subsector.getValue().code(), null, origin.getValue());
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("sourcing.total", sourcing.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sourcing.list-title") + " · " + getTranslation("app.name");
    }
}
