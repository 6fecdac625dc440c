package org.partnerdashboard.sourcing.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.partnerdashboard.sourcing.SourcingRequestDetails;

/** A request's history: each change of status, when (in the app's zone), by whom and why. */
class RequestHistory extends VerticalLayout {

    private final Clock clock;
    private final UnorderedList history = new UnorderedList();

    RequestHistory(Clock clock) {
        this.clock = clock;
        add(new H2(getTranslation("sourcing.history")), history);
        setPadding(false);
    }

    void show(SourcingRequestDetails loaded) {
        history.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(clock.getZone());
        loaded.history().forEach(h -> history.add(new ListItem(when.format(h.at()) + " · "
                + getTranslation("request-status." + h.status()) + " · " + h.by()
                + (h.reason() == null ? "" : " · " + h.reason()))));
        setVisible(true);
    }
}
