package org.partnerdashboard.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.exports.ChartExportService;
import org.partnerdashboard.exports.ChartFormat;
import org.partnerdashboard.exports.Provenance;
import org.partnerdashboard.exports.ui.EventMarks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The partnership calendar and its feeds, on the test clock's June 15, 2026; H2 and PostgreSQL. */
@Transactional
abstract class CalendarTests {

    @Autowired
    CalendarService calendar;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChartExportService exports;

    private long organization(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }

    private EventDraft roundtable(LocalDate day) {
        return new EventDraft(EventKind.ROUNDTABLE, "Food manufacturing roundtable", day, null, "Kinzie Industrial Corridor",
                Set.of(organization("World Business Chicago"), organization("Kinzie Industrial Development Corp.")),
                "Bring the subsector brief");
    }

    @Test
    @WithUserDetails("wbc.staff")
    void staffAddChangeAndRemoveEventsThatEveryoneReadsInOrder() {
        long later = calendar.create(new EventDraft(EventKind.MANUFACTURING_MONTH, "Manufacturing Month tours",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), null, Set.of(), null));
        long sooner = calendar.create(roundtable(LocalDate.of(2026, 7, 8)));
        long past = calendar.create(roundtable(LocalDate.of(2026, 3, 4)));

        assertThat(calendar.upcoming(10)).extracting(EventRow::id).containsSubsequence(sooner, later)
                .doesNotContain(past);
        EventRow row = calendar.upcoming(10).stream().filter(e -> e.id() == sooner).findFirst().orElseThrow();
        assertThat(row.endsOn()).as("a one-day event").isEqualTo(row.startsOn());
        assertThat(row.hosts()).containsExactly("Kinzie Industrial Development Corp.", "World Business Chicago");
        assertThat(calendar.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 14))).extracting(EventRow::id)
                .contains(past).doesNotContain(sooner, later);

        calendar.update(sooner, row.version(), new EventDraft(EventKind.WEBINAR, "Food manufacturing webinar",
                row.startsOn(), null, null, Set.of(), null));
        assertThatThrownBy(() -> calendar.update(sooner, row.version(), row.draft()))
                .isInstanceOf(ConcurrentEditException.class);
        EventRow changed = calendar.upcoming(10).stream().filter(e -> e.id() == sooner).findFirst().orElseThrow();
        assertThat(changed.kind()).isEqualTo(EventKind.WEBINAR);
        calendar.delete(sooner, changed.version());
        assertThat(calendar.upcoming(10)).extracting(EventRow::id).doesNotContain(sooner);
    }

    @Test
    @WithUserDetails("wbc.staff")
    void anEventNeedsItsKindTitleAndDaysInOrder() {
        assertThatThrownBy(() -> calendar.create(new EventDraft(null, " ", LocalDate.of(2026, 7, 2),
                LocalDate.of(2026, 7, 1), null, Set.of(), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException::fieldKey)
                        .containsExactly("calendar.kind", "calendar.event-title", "calendar.ends-on"));
        assertThatThrownBy(() -> calendar.create(new EventDraft(EventKind.OTHER, "x", LocalDate.of(2026, 7, 2), null,
                null, Set.of(999_999L), null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("supplier.demo")
    void manufacturersReadTheCalendarButDoNotEditIt() {
        assertThat(calendar.upcoming(5)).isNotNull();
        assertThatThrownBy(() -> calendar.create(roundtable(LocalDate.of(2026, 7, 8))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("wbc.staff")
    void aPrivateFeedCarriesTheEventsUntilItIsRevokedOrReplaced() throws IOException, ParserException {
        calendar.create(roundtable(LocalDate.of(2026, 7, 8)));
        calendar.create(new EventDraft(EventKind.AWARD_CEREMONY, "Supplier diversity award night",
                LocalDate.of(2026, 10, 22), null, "Chicago Cultural Center", Set.of(), null));
        String first = feeds.newFeed();

        Calendar parsed = new CalendarBuilder().build(new StringReader(feeds.ics(first).orElseThrow()));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .contains("Food manufacturing roundtable", "Supplier diversity award night");
        VEvent award = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .equals("Supplier diversity award night")).findFirst().orElseThrow();
        assertThat(award.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261022");
        assertThat(award.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261023");
        assertThat(award.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Chicago Cultural Center");
        assertThat(feeds.myFeed()).isPresent();

        String second = feeds.newFeed();
        assertThat(feeds.ics(first)).as("a new link replaces the old one").isEmpty();
        assertThat(feeds.ics(second)).isPresent();
        feeds.revokeFeed();
        assertThat(feeds.ics(second)).isEmpty();
        assertThat(feeds.myFeed()).isEmpty();
        assertThat(feeds.ics("cal_made-up")).isEmpty();
    }

    @Test
    @WithUserDetails("executive")
    void eventsAreMarkedOnTimeSeriesChartsAndDrawnInTheirExports() {
        List<EventRow> events = calendar.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        assertThat(events).isNotEmpty();
        Configuration conf = Charts.configuration(ChartType.AREA, "Placements to date", null);
        conf.getxAxis().setType(AxisType.DATETIME);
        DataSeries placements = new DataSeries("Placements");
        placements.add(new DataSeriesItem(Instant.parse("2026-01-01T00:00:00Z"), 100));
        placements.add(new DataSeriesItem(Instant.parse("2026-12-01T00:00:00Z"), 180));
        conf.addSeries(placements);
        Chart chart = new Chart();
        chart.setConfiguration(conf);
        EventMarks.add(chart, EventMarks.onDays(EventLabels.byDay(events, Locale.US, (key, args) -> key),
                "Partnership events"), true, shown -> { });

        ChartData data = ChartDataReader.read(conf);
        Map<String, List<EventRow>> byDay = events.stream().collect(Collectors.groupingBy(e -> e.startsOn().toString()));
        assertThat(data.events().marks()).extracting(ChartData.Mark::at)
                .containsExactlyElementsOf(byDay.keySet().stream().sorted().toList());
        assertThat(data.events().marks()).allSatisfy(m -> byDay.get(m.at())
                .forEach(e -> assertThat(m.text()).contains(e.title())));
        byte[] png = exports.snapshot(data, new Provenance("Partner Dashboard", "", "Calendar", "today"),
                ChartFormat.PNG, Locale.US);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }
}
