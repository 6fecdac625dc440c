package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Retention follow-ups: who sees which, and the rules for recording them; on H2 and PostgreSQL. */
abstract class FollowUpTests {

    @Autowired
    FollowUpService followUps;

    @Autowired
    JdbcTemplate jdbc;

    private static final String DUE_IN_SQL = """
            SELECT COUNT(*) FROM retention_check r JOIN placement p ON p.id = r.placement_id
            JOIN organization o ON o.id = p.placing_organization_id
            WHERE r.outcome IS NULL AND r.due_date <= DATE '2026-06-15'""";

    private long dueInSql(String organization) {
        return organization == null ? jdbc.queryForObject(DUE_IN_SQL, Long.class)
                : jdbc.queryForObject(DUE_IN_SQL + " AND o.name = ?", Long.class, organization);
    }

    /** A due check of the given organization, skipping the first {@code skip} (each test takes its own). */
    private FollowUpRow dueOf(String organization, int skip) {
        return followUps.due(PageRequest.of(0, 500)).stream().filter(r -> r.organization().equals(organization))
                .skip(skip).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("wbc.staff")
    void campaignStaffSeeEveryDueCheckWithoutContacts() {
        List<FollowUpRow> due = followUps.due(PageRequest.of(0, 500));

        assertThat(followUps.countDue()).isEqualTo(dueInSql(null)).isPositive();
        assertThat(due).hasSize((int) followUps.countDue());
        assertThat(due).extracting(FollowUpRow::dueDate).isSorted();
        assertThat(due).extracting(FollowUpRow::phone).containsOnlyNulls();
    }

    @Test
    @WithUserDetails("oai.staff")
    void communityStaffSeeTheirOwnDueChecksWithPhoneNumbers() {
        List<FollowUpRow> due = followUps.due(PageRequest.of(0, 500));

        assertThat(followUps.countDue()).isEqualTo(dueInSql("OAI Inc."));
        assertThat(due).extracting(FollowUpRow::organization).containsOnly("OAI Inc.");
        assertThat(due).extracting(FollowUpRow::phone).doesNotContainNull();
    }

    @Test
    @WithUserDetails("safer.staff")
    void recordingStillEmployedTakesTheCheckOffTheList() {
        FollowUpRow row = dueOf("Safer Foundation", 0);
        long before = followUps.countDue();

        followUps.record(row.checkId(), row.version(), RetentionOutcome.STILL_EMPLOYED, new BigDecimal("19.75"));

        assertThat(followUps.countDue()).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("SELECT current_wage FROM retention_check WHERE id = ?", BigDecimal.class,
                row.checkId())).isEqualByComparingTo("19.75");
    }

    @Test
    @WithUserDetails("wbc.staff")
    void leftEndsTheActivePlacementAndClosesItsLaterChecks() {
        FollowUpRow row = followUps.due(PageRequest.of(0, 500)).stream()
                .filter(r -> r.milestoneDays() == 30).skip(1).findFirst().orElseThrow();

        followUps.record(row.checkId(), row.version(), RetentionOutcome.LEFT, null);

        assertThat(jdbc.queryForObject("SELECT status FROM placement WHERE id = ?", String.class, row.placementId()))
                .isIn("ENDED", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM retention_check WHERE placement_id = ? AND outcome IS NULL",
                Long.class, row.placementId())).isZero();
    }

    @Test
    @WithUserDetails("kinzie.staff")
    void badOutcomesAreRefusedWithReasons() {
        FollowUpRow row = dueOf("Kinzie Industrial Development Corp.", 0);

        assertThatThrownBy(() -> followUps.record(row.checkId(), row.version(), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("follow-ups.error.outcome-required");
        assertThatThrownBy(() -> followUps.record(row.checkId(), row.version(), RetentionOutcome.LEFT, new BigDecimal("20")))
                .hasMessageContaining("follow-ups.error.wage-only-if-employed");
        assertThatThrownBy(() -> followUps.record(row.checkId(), row.version(), RetentionOutcome.STILL_EMPLOYED,
                new BigDecimal("2.10"))).hasMessageContaining("follow-ups.error.wage-range");
        assertThat(jdbc.queryForObject("SELECT outcome FROM retention_check WHERE id = ?", String.class, row.checkId()))
                .isNull();
    }

    @Test
    @WithUserDetails("instituto.staff")
    void aCheckRecordedBySomeoneElseMeanwhileIsReported() {
        FollowUpRow row = dueOf("Instituto del Progreso Latino", 0);
        followUps.record(row.checkId(), row.version(), RetentionOutcome.UNKNOWN, null);

        assertThatThrownBy(() -> followUps.record(row.checkId(), row.version(), RetentionOutcome.STILL_EMPLOYED, null))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void communityStaffCannotRecordAnotherOrganizationsCheck() {
        long saferCheck = jdbc.queryForObject("""
                SELECT MIN(r.id) FROM retention_check r JOIN placement p ON p.id = r.placement_id
                JOIN organization o ON o.id = p.placing_organization_id
                WHERE r.outcome IS NULL AND o.name = 'Safer Foundation'""", Long.class);

        assertThatThrownBy(() -> followUps.record(saferCheck, 0, RetentionOutcome.UNKNOWN, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("executive")
    void aggregateRolesHaveNoFollowUps() {
        assertThatThrownBy(() -> followUps.countDue()).isInstanceOf(AccessDeniedException.class);
    }
}
