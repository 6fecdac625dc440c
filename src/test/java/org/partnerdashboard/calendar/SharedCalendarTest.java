package org.partnerdashboard.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The calendar is read once for everyone and read anew when it changes: each change commits in its own transaction
 * here (the other calendar tests run inside one, where nothing is shared).
 */
@PartnerDashboardTest
@WithUserDetails("wbc.staff")
class SharedCalendarTest {

    @Autowired
    CalendarService calendar;

    @Autowired
    Clock clock;

    @Test
    void everyoneSeesAnAddedChangedOrRemovedEventAtOnce() {
        LocalDate soon = LocalDate.now(clock).plusDays(3);
        assertThat(calendar.upcoming(100)).isSameAs(calendar.upcoming(100)); // one list, shared

        long id = calendar.create(new EventDraft(EventKind.WEBINAR, "Shared calendar webinar", soon, null, null,
                Set.of(), null));
        EventRow added = calendar.upcoming(100).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertThat(calendar.between(soon, soon)).extracting(EventRow::id).contains(id);

        calendar.update(id, added.version(), new EventDraft(EventKind.ROUNDTABLE, "Shared calendar roundtable", soon,
                null, null, Set.of(), null));
        EventRow changed = calendar.upcoming(100).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertThat(changed.title()).isEqualTo("Shared calendar roundtable");

        calendar.delete(id, changed.version());
        assertThat(calendar.upcoming(100)).extracting(EventRow::id).doesNotContain(id);
        assertThat(calendar.between(soon, soon)).extracting(EventRow::id).doesNotContain(id);
    }
}
