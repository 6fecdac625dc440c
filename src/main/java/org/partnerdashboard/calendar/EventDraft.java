package org.partnerdashboard.calendar;

import java.time.LocalDate;
import java.util.Set;

/** What staff enter about an event; {@code endsOn} null: a one-day event. */
public record EventDraft(EventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
        Set<Long> hostIds, String notes) {
}
