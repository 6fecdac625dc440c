package org.partnerdashboard.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partnership's calendar around today: a roundtable every other month, Manufacturing Month each October with
 * the DPD-WBC Manufacturing Award, hiring events of the community organizations, and a webinar with each
 * bi-monthly release of the subsector indicators.
 */
final class CalendarSeeder {

    private static final List<String> SUBSECTORS = List.of("Food manufacturing", "Fabricated metals", "Machinery",
            "Plastics and rubber", "Chemicals", "Transportation equipment");

    private final JdbcTemplate jdbc;
    private long events;

    CalendarSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seed(LocalDate today, OffsetDateTime now) {
        long wbc = organization("World Business Chicago");
        long imec = organization("Illinois Manufacturing Excellence Center");
        LocalDate from = today.minusMonths(12).withDayOfMonth(1);
        for (LocalDate month = from; month.isBefore(today.plusMonths(7)); month = month.plusMonths(1)) {
            int index = (int) (month.toEpochDay() / 30);
            if (month.getMonthValue() % 2 == 0) {
                LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.WEDNESDAY));
                event("ROUNDTABLE", SUBSECTORS.get(index % SUBSECTORS.size()) + " roundtable", day, day,
                        "World Business Chicago, 177 N State St", now, wbc, imec);
                LocalDate webinar = month.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
                event("WEBINAR", "Subsector indicators: the bi-monthly release", webinar, webinar, "Online", now,
                        wbc, imec);
            } else {
                LocalDate day = month.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.TUESDAY));
                event("HIRING_EVENT", "Manufacturing hiring fair", day, day, "Instituto del Progreso Latino, 2520 S "
                        + "Western Ave", now, organization("Instituto del Progreso Latino"), wbc);
            }
            if (month.getMonthValue() == 10) {
                event("MANUFACTURING_MONTH", "Manufacturing Month: plant tours", month, month.withDayOfMonth(31),
                        "Chicagoland plants", now, wbc, imec);
                LocalDate award = month.with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
                event("AWARD_CEREMONY", "DPD-WBC Manufacturing Award", award, award, "Chicago Cultural Center", now,
                        wbc);
            }
        }
    }

    private long organization(String name) {
        return jdbc.queryForList("SELECT id FROM organization WHERE name = ?", Long.class, name).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No organization " + name));
    }

    private void event(String kind, String title, LocalDate startsOn, LocalDate endsOn, String place,
            OffsetDateTime now, long... hosts) {
        events++;
        jdbc.update("""
                INSERT INTO partnership_event (id, version, kind, title, starts_on, ends_on, place, updated_by,
                    updated_at) VALUES (?, 0, ?, ?, ?, ?, ?, 'wbc.staff', ?)""",
                events, kind, title, startsOn, endsOn, place, now);
        for (long host : hosts) {
            jdbc.update("INSERT INTO partnership_event_host (event_id, organization_id) VALUES (?, ?)", events, host);
        }
    }

    long eventsWritten() {
        return events;
    }
}
