package org.partnerdashboard.security.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Messages;
import org.partnerdashboard.security.ApiTokenRow;
import org.partnerdashboard.security.ApiTokenService;
import org.partnerdashboard.security.OrganizationOption;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.security.UserAdministrationService;

/** Administrators issue stats API tokens per organization (shown once) and revoke them. */
@Route("admin/api-tokens")
@Menu(order = 8.5, icon = "vaadin:key", title = "nav.api-tokens")
@RolesAllowed(Role.Names.ADMIN)
public class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenRow> grid = new Grid<>();
    private final Div issued = new Div();
    private final Span error = new Span();

    public ApiTokenView(ApiTokenService tokens, UserAdministrationService users, Clock clock) {
        this.tokens = tokens;
        ComboBox<OrganizationOption> organization = new ComboBox<>(getTranslation("tokens.organization"));
        organization.setItems(users.organizations());
        organization.setItemLabelGenerator(OrganizationOption::name);
        IntegerField days = new IntegerField(getTranslation("tokens.days"));
        days.setMin(1);
        days.setMax(3650);
        days.setHelperText(getTranslation("tokens.days-help"));
        TextField label = new TextField(getTranslation("tokens.label"));
        label.setMaxLength(100);
        label.setPlaceholder(getTranslation("tokens.label-placeholder"));
        Button issue = new Button(getTranslation("tokens.issue"), click -> {
            error.setText("");
            try {
                String token = tokens.issue(organization.getValue() == null ? -1 : organization.getValue().id(),
                        label.getValue(), days.getValue());
                issued.removeAll();
                Span value = new Span(token);
                value.addClassName("issued-token");
                value.setId("issued-token");
                issued.add(new Paragraph(getTranslation("tokens.issued")), value);
                label.clear();
                refresh();
            } catch (InvalidInputException invalid) {
                error.setText(Messages.of(this, invalid));
            }
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.setId("issue-token");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        issued.getElement().setAttribute("role", "status");
        HorizontalLayout form = new HorizontalLayout(organization, label, days, issue);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone()); // the app's zone, not the server's
        PHONE.of(grid.addColumn(ApiTokenRow::label).setHeader(getTranslation("tokens.label")).setWidth("10em")
                .setFlexGrow(2).setTooltipGenerator(ApiTokenRow::label));
        LAPTOP.of(grid.addColumn(ApiTokenRow::organization).setHeader(getTranslation("tokens.organization"))
                .setWidth("11em").setFlexGrow(1).setTooltipGenerator(ApiTokenRow::organization));
        LAPTOP.of(grid.addColumn(t -> t.expiresAt() == null ? getTranslation("tokens.never") : when.format(t.expiresAt()))
                .setHeader(getTranslation("tokens.expires")).setWidth("11em").setFlexGrow(0));
        MORE.of(grid.addColumn(t -> t.createdBy() + " · " + when.format(t.createdAt()))
                .setHeader(getTranslation("tokens.issued-by")).setWidth("14em").setFlexGrow(0));
        MORE.of(grid.addColumn(t -> t.lastUsedAt() == null ? "—" : when.format(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.last-used")).setWidth("11em").setFlexGrow(0));
        grid.addComponentColumn(t -> {
            if (t.revokedAt() != null) {
                return new Span(getTranslation("tokens.revoked", when.format(t.revokedAt())));
            }
            Button revoke = new Button(getTranslation("tokens.revoke"), click -> {
                tokens.revoke(t.id());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return revoke;
        }).setKey("status").setWidth("9em").setFlexGrow(0);
        PHONE.of(grid.getColumnByKey("status"));
        ColumnPriority.adapt(grid);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("tokens.empty"));
        grid.setAriaLabel(getTranslation("tokens.title"));
        add(new H1(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")), form, error, issued,
                grid);
        setWidthFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title") + " · " + getTranslation("app.name");
    }
}
