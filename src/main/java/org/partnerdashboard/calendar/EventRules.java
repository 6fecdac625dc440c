package org.partnerdashboard.calendar;

import org.partnerdashboard.base.InputProblems;

/** What an event must say: its kind, a title, its dates in order, and short texts. */
final class EventRules {

    private EventRules() {
    }

    static void check(EventDraft d) {
        InputProblems problems = new InputProblems();
        if (d.kind() == null) {
            problems.add("error.required", "calendar.kind");
        }
        if (d.title() == null || d.title().isBlank()) {
            problems.add("error.required", "calendar.event-title");
        } else if (d.title().trim().length() > 200) {
            problems.add("calendar.error.too-long", "calendar.event-title", 200);
        }
        if (d.startsOn() == null) {
            problems.add("error.required", "calendar.starts-on");
        } else if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            problems.add("calendar.error.ends-before", "calendar.ends-on");
        } else if (d.endsOn() != null && d.endsOn().isAfter(d.startsOn().plusDays(62))) {
            problems.add("calendar.error.too-long-event", "calendar.ends-on");
        }
        if (d.place() != null && d.place().trim().length() > 200) {
            problems.add("calendar.error.too-long", "calendar.place", 200);
        }
        if (d.notes() != null && d.notes().trim().length() > 1000) {
            problems.add("calendar.error.too-long", "calendar.notes", 1000);
        }
        problems.throwIfAny();
    }
}
