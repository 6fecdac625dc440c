package org.partnerdashboard.security.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserAdministrationService;
import org.partnerdashboard.security.UserRow;

/** Administrators create users, assign their role and organization, disable them and reset passwords. */
@Route("admin/users")
@Menu(order = 8, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.Names.ADMIN)
public class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<UserRow> grid = new Grid<>();

    public UserAdminView(UserAdministrationService users, Clock clock) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone()); // the app's zone, not the server's
        PHONE.of(grid.addColumn(UserRow::username).setHeader(getTranslation("users.username")).setWidth("10em")
                .setFlexGrow(1));
        PHONE.of(grid.addColumn(row -> !row.enabled() ? getTranslation("users.status.disabled")
                        : row.lockedUntil() != null && row.lockedUntil().isAfter(clock.instant())
                        ? getTranslation("users.status.locked", when.format(row.lockedUntil()))
                        : getTranslation("users.status.active"))
                .setHeader(getTranslation("users.status")).setWidth("9em").setFlexGrow(1));
        LAPTOP.of(grid.addColumn(UserRow::displayName).setHeader(getTranslation("users.display-name")).setWidth("10em")
                .setFlexGrow(1));
        LAPTOP.of(grid.addColumn(row -> getTranslation("role." + row.role())).setHeader(getTranslation("users.role"))
                .setWidth("12em").setFlexGrow(1));
        LAPTOP.of(grid.addColumn(UserRow::organizationName).setHeader(getTranslation("users.organization"))
                .setWidth("12em").setFlexGrow(1).setTooltipGenerator(UserRow::organizationName));
        MORE.of(grid.addColumn(row -> row.lastSignedInAt() == null ? "" : when.format(row.lastSignedInAt()))
                .setHeader(getTranslation("users.last-sign-in")).setWidth("11em").setFlexGrow(0));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(users::find, pageable -> users.count());
        grid.setAriaLabel(getTranslation("users.grid-label"));
        grid.addItemClickListener(click -> new UserDialog(users, click.getItem(), this::refresh).open());
        grid.setSizeFull();

        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                click -> new UserDialog(users, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("users.title")), add);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, grid);
        setSizeFull();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
