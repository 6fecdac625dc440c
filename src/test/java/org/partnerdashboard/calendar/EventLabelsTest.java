package org.partnerdashboard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventLabelsTest {

    private static EventRow event(long id, EventKind kind, String title, LocalDate day) {
        return new EventRow(id, 0, kind, title, day, day, null, Set.of(), List.of(), null);
    }

    private final List<EventRow> events = List.of(
            event(1, EventKind.ROUNDTABLE, "Metals roundtable", LocalDate.of(2026, 6, 10)),
            event(2, EventKind.WEBINAR, "Indicators webinar", LocalDate.of(2026, 6, 18)),
            event(3, EventKind.HIRING_EVENT, "Hiring fair", LocalDate.of(2026, 6, 18)),
            event(4, EventKind.OTHER, "Long ago", LocalDate.of(2019, 1, 5)));

    @Test
    void eventsOfOneDayShareOneLabel() {
        Map<LocalDate, String> labels = EventLabels.byDay(events, Locale.US, (key, args) -> key.substring(11));

        assertThat(labels).containsOnlyKeys(LocalDate.of(2019, 1, 5), LocalDate.of(2026, 6, 10),
                LocalDate.of(2026, 6, 18));
        assertThat(labels.get(LocalDate.of(2026, 6, 18)))
                .isEqualTo("Jun 18, 2026: Indicators webinar (WEBINAR); Jun 18, 2026: Hiring fair (HIRING_EVENT)");
    }

    @Test
    void eventsAreGroupedByTheirCategoryAndThoseOutsideTheChartLeftOut() {
        List<YearMonth> months = List.of(YearMonth.of(2026, 5), YearMonth.of(2026, 6));

        Map<Integer, String> labels = EventLabels.byCategory(events, day -> months.indexOf(YearMonth.from(day)),
                Locale.US, (key, args) -> key.substring(11));

        assertThat(labels).containsOnlyKeys(1);
        assertThat(labels.get(1)).startsWith("Jun 10, 2026: Metals roundtable (ROUNDTABLE); ").contains("Hiring fair");
    }
}
