package org.partnerdashboard.calendar.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CalendarViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void staffAddAnEventThatComesUpInOrder() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(CalendarView.class);
        _click(_get(Button.class, spec -> spec.withId("add-event")));
        _get(TextField.class, spec -> spec.withId("event-title")).setValue("Metals roundtable");
        _get(DatePicker.class, spec -> spec.withId("event-starts")).setValue(LocalDate.of(2026, 6, 30));
        _get(DatePicker.class, spec -> spec.withId("event-ends")).setValue(LocalDate.of(2026, 6, 29));
        _click(_get(Button.class, spec -> spec.withId("event-save")));
        assertThat(_get(DatePicker.class, spec -> spec.withId("event-ends")).isInvalid()).isTrue();

        _get(DatePicker.class, spec -> spec.withId("event-ends")).clear();
        _click(_get(Button.class, spec -> spec.withId("event-save")));

        Grid<EventRow> upcoming = _get(Grid.class, spec -> spec.withId("calendar-upcoming"));
        assertThat(upcoming.getListDataView().getItems()).anyMatch(e -> e.title().equals("Metals roundtable")
                && e.endsOn().equals(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aSupplierReadsTheCalendarAndMakesItsOwnFeedLink() {
        signInAs("supplier.demo");
        UI.getCurrent().navigate(CalendarView.class);
        _assertNone(Button.class, spec -> spec.withId("add-event"));

        _click(_get(Button.class, spec -> spec.withId("feed-create")));
        assertThat(_get(TextField.class, spec -> spec.withId("feed-link")).getValue())
                .matches("https?://.+/feeds/calendar/cal_[A-Za-z0-9_-]+\\.ics");
        _click(_get(Button.class, spec -> spec.withId("feed-revoke")));
        _assertNone(TextField.class, spec -> spec.withId("feed-link"));
        _assertNone(Button.class, spec -> spec.withId("feed-revoke"));
    }
}
