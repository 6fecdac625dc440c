package org.partnerdashboard.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each community organization's placement targets for last year and this one, set around the pace it actually
 * keeps, so the demo shows every status: ahead, on track, at risk and one organization far behind (its agreement
 * asks 60% more than its pace); one had its target raised in spring, so the record shows a change.
 */
final class TargetSeeder {

    /** Target over pace, by organization (by name): ahead, on track, far behind, at risk, on track. */
    private static final double[] STRETCH = {0.9, 1.0, 1.6, 1.12, 0.97};

    private final JdbcTemplate jdbc;
    private long targets;
    private long changes;

    TargetSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seed(LocalDate today, OffsetDateTime now) {
        List<Map<String, Object>> organizations = jdbc.queryForList(
                "SELECT id FROM organization WHERE kind = 'COMMUNITY_ORGANIZATION' ORDER BY name");
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (int i = 0; i < organizations.size(); i++) {
                long id = ((Number) organizations.get(i).get("id")).longValue();
                LocalDate end = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
                long placed = jdbc.queryForObject("""
                        SELECT COUNT(*) FROM placement WHERE placing_organization_id = ?
                        AND start_date BETWEEN ? AND ?""", Long.class, id, LocalDate.of(year, 1, 1), end);
                double elapsed = end.getDayOfYear() / (double) end.lengthOfYear();
                int target = (int) Math.max(5, Math.round(placed / elapsed * STRETCH[i % STRETCH.length]));
                OffsetDateTime set = now.withYear(year).withMonth(1).withDayOfMonth(15);
                if (i == organizations.size() - 1 && year == today.getYear()) {
                    // raised in April: the record shows both
                    int first = Math.max(5, target - 5);
                    change(id, year, null, first, "From the agreement", set);
                    change(id, year, first, target, "Raised after a new employer partnership", set.withMonth(4));
                    insert(id, year, target, "Raised after a new employer partnership", set.withMonth(4));
                } else {
                    change(id, year, null, target, "From the agreement", set);
                    insert(id, year, target, "From the agreement", set);
                }
            }
        }
    }

    private void insert(long organizationId, int year, int target, String notes, OffsetDateTime at) {
        targets++;
        jdbc.update("""
                INSERT INTO placement_target (id, version, organization_id, target_year, target_type, target, notes,
                    updated_by, updated_at) VALUES (?, 0, ?, ?, 'ALL', ?, ?, 'wbc.staff', ?)""",
                targets, organizationId, year, target, notes, at);
    }

    private void change(long organizationId, int year, Integer before, int after, String notes, OffsetDateTime at) {
        changes++;
        jdbc.update("""
                INSERT INTO placement_target_change (id, organization_id, target_year, target_type, old_target,
                    new_target, notes, changed_by, changed_at) VALUES (?, ?, ?, 'ALL', ?, ?, ?, 'wbc.staff', ?)""",
                changes, organizationId, year, before, after, notes, at);
    }

    long targetsWritten() {
        return targets;
    }

    long changesWritten() {
        return changes;
    }
}
