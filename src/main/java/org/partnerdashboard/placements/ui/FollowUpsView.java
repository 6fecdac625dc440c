package org.partnerdashboard.placements.ui;

import static org.partnerdashboard.base.ui.ColumnPriority.LAPTOP;
import static org.partnerdashboard.base.ui.ColumnPriority.MORE;
import static org.partnerdashboard.base.ui.ColumnPriority.PHONE;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.partnerdashboard.base.ui.ColumnPriority;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.placements.FollowUpRow;
import org.partnerdashboard.placements.FollowUpService;
import org.partnerdashboard.security.Role;

/** Retention checks due or overdue, most overdue first; clicking one records its outcome. */
@Route("follow-ups")
@Menu(order = 3, icon = "vaadin:calendar-clock", title = "nav.follow-ups")
@RolesAllowed({Role.Names.CAMPAIGN_STAFF, Role.Names.CBO_STAFF})
public class FollowUpsView extends VerticalLayout implements HasDynamicTitle {

    private final FollowUpService followUps;
    private final Grid<FollowUpRow> grid = new Grid<>();
    private final Span count = new Span();

    public FollowUpsView(FollowUpService followUps, Clock clock) {
        this.followUps = followUps;
        Locale locale = getLocale();
        LocalDate today = LocalDate.now(clock);
        PHONE.of(grid.addColumn(LitRenderer.<FollowUpRow>of("<div class='stacked'><span>${item.name}</span>"
                        + "<a href='tel:${item.phone}' ?hidden='${!item.phone}'>${item.phone}</a></div>")
                        .withProperty("name", FollowUpRow::jobSeekerName)
                        .withProperty("phone", row -> row.phone() == null ? "" : row.phone()))
                .setHeader(getTranslation("follow-ups.job-seeker-phone")).setWidth("11em").setFlexGrow(2)
                .setTooltipGenerator(FollowUpRow::jobSeekerName));
        PHONE.of(grid.addColumn(row -> overdue(row, today)).setHeader(getTranslation("follow-ups.overdue"))
                .setWidth("7.5em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(row -> Formats.date(row.dueDate(), locale)).setHeader(getTranslation("follow-ups.due"))
                .setWidth("8.5em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(row -> getTranslation("follow-ups.milestone", row.milestoneDays()))
                .setHeader(getTranslation("follow-ups.check")).setWidth("7em").setFlexGrow(0));
        LAPTOP.of(grid.addColumn(FollowUpRow::employer).setHeader(getTranslation("placements.employer")).setWidth("11em")
                .setFlexGrow(1).setTooltipGenerator(FollowUpRow::employer));
        MORE.of(grid.addColumn(FollowUpRow::organization).setHeader(getTranslation("placements.organization"))
                .setWidth("11em").setFlexGrow(1).setTooltipGenerator(FollowUpRow::organization));
        MORE.of(grid.addColumn(FollowUpRow::jobTitle).setHeader(getTranslation("placements.job-title")).setWidth("10em")
                .setFlexGrow(1).setTooltipGenerator(FollowUpRow::jobTitle));
        MORE.of(grid.addColumn(row -> Formats.date(row.startDate(), locale))
                .setHeader(getTranslation("placements.start-date")).setWidth("8.5em").setFlexGrow(0));
        ColumnPriority.adapt(grid);
        grid.setItemsPageable(followUps::due, pageable -> followUps.countDue());
        grid.addItemClickListener(click -> new FollowUpDialog(followUps, click.getItem(), this::refresh).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("follow-ups.grid-label"));
        grid.setSizeFull();

        count.addClassName("secondary-text");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("follow-ups.title")), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        add(header, new Paragraph(getTranslation("follow-ups.intro")), grid);
        setSizeFull();
        refresh();
    }

    private String overdue(FollowUpRow row, LocalDate today) {
        long days = ChronoUnit.DAYS.between(row.dueDate(), today);
        return days == 0 ? getTranslation("follow-ups.due-today") : getTranslation("follow-ups.days-overdue", days);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("follow-ups.count", Formats.integer(followUps.countDue(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("follow-ups.title") + " · " + getTranslation("app.name");
    }
}
