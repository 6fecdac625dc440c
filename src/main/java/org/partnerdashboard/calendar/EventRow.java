package org.partnerdashboard.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An event as the calendar, the dashboard and the charts show it. */
public record EventRow(long id, long version, EventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
        String place, Set<Long> hostIds, List<String> hosts, String notes) {

    public EventDraft draft() {
        return new EventDraft(kind, title, startsOn, endsOn, place, hostIds, notes);
    }
}
