package org.partnerdashboard.calendar.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.partnerdashboard.base.ui.Formats;
import org.partnerdashboard.calendar.EventRow;
import org.springframework.web.util.HtmlUtils;

/**
 * What is coming next on the partnership's calendar, for the dashboard: a heading, one line per event and a link to
 * the calendar. One server-side element of escaped markup (as the headline figures): every open dashboard holds it.
 */
public class UpcomingEvents extends Div {

    public UpcomingEvents(List<EventRow> events, Function<String, String> t, Locale locale) {
        StringBuilder html = new StringBuilder("<h2 class=\"upcoming-title\">")
                .append(HtmlUtils.htmlEscape(t.apply("calendar.coming-next"))).append("</h2><ul>");
        for (EventRow e : events) {
            String when = Formats.date(e.startsOn(), locale) + (e.endsOn().equals(e.startsOn()) ? ""
                    : " – " + Formats.date(e.endsOn(), locale));
            html.append("<li><span class=\"upcoming-when\">").append(HtmlUtils.htmlEscape(when))
                    .append("</span> · ").append(HtmlUtils.htmlEscape(t.apply("event-kind." + e.kind())))
                    .append(" · ").append(HtmlUtils.htmlEscape(e.title()))
                    .append(e.place() == null ? "" : " (" + HtmlUtils.htmlEscape(e.place()) + ")").append("</li>");
        }
        if (events.isEmpty()) {
            html.append("<li>").append(HtmlUtils.htmlEscape(t.apply("calendar.none-upcoming"))).append("</li>");
        }
        html.append("</ul><a href=\"calendar\">").append(HtmlUtils.htmlEscape(t.apply("calendar.open")))
                .append("</a>");
        getElement().setProperty("innerHTML", html.toString());
        addClassName("upcoming-events");
        setId("upcoming-events");
    }
}
