package org.partnerdashboard.mail.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.mail.MailService;
import org.partnerdashboard.mail.OutboxRow;
import org.partnerdashboard.security.Role;

/**
 * Every message the app sent or keeps: with no SMTP server configured (the README's run command), this is where
 * invitations and notices wait; with one, the record of what went out and what failed. A row opens its text.
 */
@Route("admin/outbox")
@Menu(order = 9.5, icon = "vaadin:envelopes-o", title = "nav.outbox")
@RolesAllowed(Role.Names.ADMIN)
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    public OutboxView(MailService mail, Clock clock) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        Paragraph how = new Paragraph(getTranslation(mail.smtpConfigured() ? "outbox.smtp" : "outbox.no-smtp"));
        how.setId("outbox-how");
        Grid<OutboxRow> grid = new Grid<>();
        PHONE.of(grid.addColumn(r -> when.format(r.createdAt())).setHeader(getTranslation("outbox.when"))
                .setWidth("9em").setFlexGrow(0));
        PHONE.of(grid.addColumn(OutboxRow::subject).setHeader(getTranslation("outbox.subject")).setWidth("10em")
                .setFlexGrow(2).setTooltipGenerator(OutboxRow::subject));
        LAPTOP.of(grid.addColumn(OutboxRow::recipient).setHeader(getTranslation("outbox.to")).setWidth("12em")
                .setFlexGrow(1).setTooltipGenerator(OutboxRow::recipient));
        LAPTOP.of(grid.addColumn(r -> getTranslation("outbox.status." + r.status())
                        + (r.error() == null ? "" : ": " + r.error())).setHeader(getTranslation("outbox.status"))
                .setWidth("10em").setFlexGrow(1).setTooltipGenerator(r -> r.error() == null ? "" : r.error()));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(row -> {
            Pre text = new Pre(row.textBody());
            text.addClassName("outbox-text");
            return text;
        }));
        grid.setItems(query -> mail.outbox(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, mail.outboxSize()));
        ColumnPriority.adapt(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setAriaLabel(getTranslation("outbox.title"));
        grid.setId("outbox");
        add(new H1(getTranslation("outbox.title")), how, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · " + getTranslation("app.name");
    }
}
