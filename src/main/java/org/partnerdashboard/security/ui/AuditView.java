package org.partnerdashboard.security.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.DownloadLinks;
import org.partnerdashboard.base.ui.ListHeader;
import org.partnerdashboard.base.ui.Localized;
import org.partnerdashboard.base.ui.Translations;
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
    private final Span total = new Span();
    private final AuditService audit;
    private AuditFilter filter = AuditFilter.NONE;

    public AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
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
        PHONE.of(grid.addColumn(row -> when.format(row.occurredAt())).setHeader(getTranslation("audit.when"))
                .setWidth("14em").setFlexGrow(0));
        PHONE.of(grid.addColumn(row -> getTranslation("audit-action." + row.action()))
                .setHeader(getTranslation("audit.action")).setWidth("9em").setFlexGrow(1));
        LAPTOP.of(grid.addColumn(AuditRow::username).setHeader(getTranslation("audit.user")).setWidth("9em")
                .setFlexGrow(1).setTooltipGenerator(AuditRow::username));
        LAPTOP.of(grid.addColumn(this::target).setHeader(getTranslation("audit.target")).setWidth("12em")
                .setFlexGrow(1).setTooltipGenerator(this::target));
        LAPTOP.of(grid.addColumn(this::details).setHeader(getTranslation("audit.details")).setWidth("12em")
                .setFlexGrow(2).setTooltipGenerator(this::details));
        MORE.of(grid.addColumn(AuditRow::remoteAddress).setHeader(getTranslation("audit.from-address"))
                .setWidth("9em").setFlexGrow(0));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(pageable -> audit.find(filter, pageable), pageable -> audit.count(filter));
        grid.setAriaLabel(getTranslation("audit.grid-label"));
        grid.setSizeFull();

        DownloadLinks downloads = new DownloadLinks("download-audit", "audit-trail", (format, out) ->
                audit.export(filter, format, List.of(getTranslation("audit.when"), getTranslation("audit.user"),
                        getTranslation("audit.action"), getTranslation("audit.target"), getTranslation("audit.target-id"),
                        getTranslation("audit.details"), getTranslation("audit.from-address")),
                        action -> getTranslation("audit-action." + action), out));
        ListHeader header = new ListHeader(getTranslation("audit.title"), total, downloads);
        add(header, filters, grid);
        setSizeFull();
        applyFilter();
    }

    /** What an event was about, in words: "Placement list", "Job seeker 42". */
    private String target(AuditRow row) {
        if (row.targetType() == null) {
            return "";
        }
        String key = "audit-target." + row.targetType();
        String type = Translations.isKey(key) ? getTranslation(key) : row.targetType();
        return row.targetId() == null ? type : type + " " + row.targetId();
    }

    /** Details as recorded, except the reasons a sign-in failed, which are said in words. */
    private String details(AuditRow row) {
        String key = "audit-detail." + row.details();
        return row.details() != null && Translations.isKey(key) ? getTranslation(key) : row.details();
    }

    private void applyFilter() {
        filter = new AuditFilter(user.getValue(), action.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("audit.total", audit.count(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
