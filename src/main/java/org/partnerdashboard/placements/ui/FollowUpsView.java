package org.partnerdashboard.placements.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
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
        grid.addColumn(row -> Formats.date(row.dueDate(), locale)).setHeader(getTranslation("follow-ups.due"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> overdue(row, today)).setHeader(getTranslation("follow-ups.overdue")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation("follow-ups.milestone", row.milestoneDays()))
                .setHeader(getTranslation("follow-ups.check")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(FollowUpRow::jobSeekerName).setHeader(getTranslation("placements.job-seeker")).setAutoWidth(true);
        grid.addColumn(row -> row.phone() == null ? "" : row.phone()).setHeader(getTranslation("follow-ups.phone"))
                .setAutoWidth(true);
        grid.addColumn(FollowUpRow::organization).setHeader(getTranslation("placements.organization")).setAutoWidth(true);
        grid.addColumn(FollowUpRow::employer).setHeader(getTranslation("placements.employer")).setAutoWidth(true);
        grid.addColumn(FollowUpRow::jobTitle).setHeader(getTranslation("placements.job-title")).setAutoWidth(true);
        grid.addColumn(row -> Formats.date(row.startDate(), locale)).setHeader(getTranslation("placements.start-date"))
                .setAutoWidth(true);
        grid.setItemsPageable(followUps::due, pageable -> followUps.countDue());
        grid.addItemClickListener(click -> new FollowUpDialog(followUps, click.getItem(), this::refresh).open());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("follow-ups.grid-label"));
        grid.setSizeFull();

        count.addClassName("secondary-text");
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("follow-ups.title")), count);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
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
