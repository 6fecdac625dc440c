package org.partnerdashboard.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.base.ui.AppAddress;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.calendar.CalendarFeedService;
import org.partnerdashboard.calendar.CalendarService;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.security.CurrentUser;

/**
 * The partnership's calendar: what is coming and what was in the last year; partnership staff add and change
 * events; everyone signed in can subscribe to it in their own calendar app through a private, revocable link.
 */
@Route("calendar")
@Menu(order = 7.8, icon = "vaadin:calendar", title = "nav.calendar")
@PermitAll
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendar;
    private final CalendarFeedService feeds;
    private final Clock clock;
    private final boolean staff;
    private final Grid<EventRow> upcoming = grid("calendar-upcoming", "calendar.upcoming");
    private final Grid<EventRow> past = grid("calendar-past", "calendar.past");
    private final Paragraph noneUpcoming = new Paragraph();
    private final VerticalLayout feed = new VerticalLayout();

    public CalendarView(CalendarService calendar, CalendarFeedService feeds, CurrentUser currentUser, Clock clock) {
        this.calendar = calendar;
        this.feeds = feeds;
        this.clock = clock;
        this.staff = currentUser.require().role().partnershipStaff();
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("calendar.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        if (staff) {
            Button add = new Button(getTranslation("calendar.add"), VaadinIcon.PLUS.create(),
                    click -> new EventDialog(calendar, null, this::refresh).open());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-event");
            header.add(add);
            upcoming.addItemClickListener(click -> new EventDialog(calendar, click.getItem(), this::refresh).open());
            past.addItemClickListener(click -> new EventDialog(calendar, click.getItem(), this::refresh).open());
        }
        feed.setPadding(false);
        add(header, new Paragraph(getTranslation(staff ? "calendar.intro-staff" : "calendar.intro")),
                new H2(getTranslation("calendar.upcoming")), upcoming, noneUpcoming,
                new H2(getTranslation("calendar.past")), past, new H2(getTranslation("calendar.feed")), feed);
        refresh();
        showFeed(null);
    }

    private Grid<EventRow> grid(String id, String labelKey) {
        Grid<EventRow> grid = new Grid<>();
        grid.addColumn(this::dates).setHeader(getTranslation("calendar.when")).setWidth("10em").setFlexGrow(0);
        grid.addColumn(e -> getTranslation("event-kind." + e.kind())).setHeader(getTranslation("calendar.kind"))
                .setWidth("9em").setFlexGrow(0);
        grid.addColumn(EventRow::title).setHeader(getTranslation("calendar.event-title")).setWidth("14em")
                .setFlexGrow(2);
        grid.addColumn(e -> e.place() == null ? "" : e.place()).setHeader(getTranslation("calendar.place"))
                .setWidth("10em").setFlexGrow(1);
        grid.addColumn(e -> String.join(", ", e.hosts())).setHeader(getTranslation("calendar.hosts"))
                .setWidth("10em").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation(labelKey));
        grid.setId(id);
        return grid;
    }

    private String dates(EventRow e) {
        String start = Formats.date(e.startsOn(), getLocale());
        return e.endsOn().equals(e.startsOn()) ? start : start + " – " + Formats.date(e.endsOn(), getLocale());
    }

    private void refresh() {
        LocalDate today = LocalDate.now(clock);
        List<EventRow> next = calendar.upcoming(100);
        upcoming.setItems(next);
        upcoming.setVisible(!next.isEmpty());
        noneUpcoming.setText(getTranslation("calendar.none-upcoming"));
        noneUpcoming.setVisible(next.isEmpty());
        past.setItems(calendar.between(today.minusYears(1), today.minusDays(1)).stream()
                .filter(e -> e.endsOn().isBefore(today)).toList().reversed());
    }

    /** The person's feed: a button to make one, or when it was made, with a new link and revocation. */
    private void showFeed(String newToken) {
        feed.removeAll();
        feed.add(new Paragraph(getTranslation("calendar.feed-intro")));
        if (newToken != null) {
            TextField link = new TextField(getTranslation("calendar.feed-link"));
            link.setValue(AppAddress.current() + "feeds/calendar/" + newToken + ".ics");
            link.setReadOnly(true);
            link.setWidthFull();
            link.setHelperText(getTranslation("calendar.feed-link-help"));
            link.setId("feed-link");
            feed.add(link);
        }
        Button make = new Button(getTranslation(feeds.myFeed().isPresent() ? "calendar.feed-renew"
                : "calendar.feed-create"), VaadinIcon.LINK.create(), click -> showFeed(feeds.newFeed()));
        make.setId("feed-create");
        HorizontalLayout actions = new HorizontalLayout(make);
        feeds.myFeed().ifPresent(made -> {
            Button revoke = new Button(getTranslation("calendar.feed-revoke"), click -> {
                feeds.revokeFeed();
                showFeed(null);
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setId("feed-revoke");
            actions.add(revoke);
            feed.add(new Paragraph(getTranslation("calendar.feed-made",
                    Formats.dateTime(made, clock.getZone(), getLocale()))));
        });
        feed.add(actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · " + getTranslation("app.name");
    }
}
