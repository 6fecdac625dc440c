package org.partnerdashboard.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.partnerdashboard.base.TabularFormat;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.security.AuditAction;
import org.partnerdashboard.security.AuditFilter;
import org.partnerdashboard.security.AuditRow;
import org.partnerdashboard.security.AuditService;
import org.partnerdashboard.security.Role;

/** The audit trail for administrators: newest first, filtered by user, action and dates; read-only. */
@Route("admin/audit")
@Menu(order = 9, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed(Role.Names.ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final TextField user = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = Localized.datePicker(new DatePicker());
    private final DatePicker to = Localized.datePicker(new DatePicker());
    private final Grid<AuditRow> grid = new Grid<>();
    private AuditFilter filter = AuditFilter.NONE;

    public AuditView(AuditService audit, Clock clock) {
        user.setLabel(getTranslation("audit.user"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        action.setLabel(getTranslation("audit.action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> getTranslation("audit-action." + a));
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        user.addValueChangeListener(e -> applyFilter());
        action.addValueChangeListener(e -> applyFilter());
        from.addValueChangeListener(e -> applyFilter());
        to.addValueChangeListener(e -> applyFilter());
        Div filters = new Div(user, action, from, to);
        filters.addClassName("filter-bar");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(clock.getZone()); // the app's zone, not the server's
        grid.addColumn(row -> when.format(row.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::username).setHeader(getTranslation("audit.user")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation("audit-action." + row.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.targetType() == null ? "" : row.targetType()
                + (row.targetId() == null ? "" : " " + row.targetId())).setHeader(getTranslation("audit.target"))
                .setAutoWidth(true);
        grid.addColumn(AuditRow::details).setHeader(getTranslation("audit.details")).setFlexGrow(1);
        grid.addColumn(AuditRow::remoteAddress).setHeader(getTranslation("audit.from-address")).setAutoWidth(true);
        grid.setItemsPageable(pageable -> audit.find(filter, pageable), pageable -> audit.count(filter));
        grid.setAriaLabel(getTranslation("audit.grid-label"));
        grid.setSizeFull();

        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("audit.title")),
                new HorizontalLayout(download(audit, TabularFormat.CSV), download(audit, TabularFormat.XLSX)));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, filters, grid);
        setSizeFull();
    }

    /** Downloads the events the grid shows (its filters), newest first. */
    private Anchor download(AuditService audit, TabularFormat format) {
        DownloadHandler handler = event -> {
            event.setFileName(format.fileName("audit-trail"));
            event.setContentType(format.contentType());
            audit.export(filter, format, List.of(getTranslation("audit.when"), getTranslation("audit.user"),
                    getTranslation("audit.action"), getTranslation("audit.target"), getTranslation("audit.target-id"),
                    getTranslation("audit.details"), getTranslation("audit.from-address")),
                    action -> getTranslation("audit-action." + action), event.getOutputStream());
        };
        Anchor link = new Anchor(handler, getTranslation("grid.download", format.name()));
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.setId("download-audit-" + format.name().toLowerCase(Locale.ROOT));
        link.addClassName("download-link");
        return link;
    }

    private void applyFilter() {
        filter = new AuditFilter(user.getValue(), action.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
