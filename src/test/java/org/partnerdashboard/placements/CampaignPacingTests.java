package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets, pacing and the goal's projection against plain SQL, on the test clock's June 15, 2026 (day 166 of 365);
 * on H2 and PostgreSQL.
 */
@Transactional
abstract class CampaignPacingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    TargetService targets;

    @Autowired
    PacingService pacing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private long organization(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }

    private long placed(long organizationId, LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM placement WHERE placing_organization_id = ? AND start_date BETWEEN ? AND ?""",
                Long.class, organizationId, from, to);
    }

    private OrganizationTargets targetsOf(long organizationId, int year) {
        return targets.targets(year).stream().filter(t -> t.organizationId() == organizationId).findFirst()
                .orElseThrow();
    }

    private CampaignPacing.OrganizationPace paceOf(long organizationId, int year) {
        return pacing.pacing(year).organizations().stream().filter(o -> o.organizationId() == organizationId)
                .findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("wbc.staff")
    void anOrganizationsPaceCountsItsPlacementsSinceJanuaryAgainstItsTarget() {
        long safer = organization("Safer Foundation");
        targets.save(safer, 2027, new TargetDraft(Map.of(TargetType.ALL, 48), "Agreement 2027"), null);
        targets.save(safer, 2026, new TargetDraft(Map.of(TargetType.ALL, 60), null),
                targetsOf(safer, 2026).lastUpdated());

        Pace pace = paceOf(safer, 2026).pace();

        assertThat(pace.target()).isEqualTo(60);
        assertThat(pace.actual()).isEqualTo(placed(safer, LocalDate.of(2026, 1, 1), TODAY));
        assertThat(pace.expected()).isCloseTo(60 * 166 / 365.0, within(1e-9));
        assertThat(paceOf(safer, 2027).pace()).satisfies(next -> {
            assertThat(next.actual()).isZero();
            assertThat(next.expected()).isZero();
            assertThat(next.neededPerMonth()).isCloseTo(4.0, within(1e-9));
        });
        assertThat(paceOf(safer, 2025).pace().actual())
                .isEqualTo(placed(safer, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    }

    @Test
    @WithUserDetails("wbc.staff")
    void aTargetChangedMidYearPacesWithTheNewOneAndKeepsBothInTheRecord() {
        long bethel = organization("Bethel New Life");
        OrganizationTargets before = targetsOf(bethel, 2026);
        int changesBefore = targets.changes(2026).size();

        targets.save(bethel, 2026, new TargetDraft(Map.of(TargetType.ALL, 90, TargetType.TRAINING, 20),
                "Raised with the second site"), before.lastUpdated());
        entityManager.flush();

        assertThat(paceOf(bethel, 2026).pace().target()).isEqualTo(90);
        assertThat(targets.changes(2026)).hasSize(changesBefore + 2).first().satisfies(c -> {
            assertThat(c.organizationName()).isEqualTo("Bethel New Life");
            assertThat(c.by()).isEqualTo("wbc.staff");
        });
        assertThat(targets.changes(2026).subList(0, 2)).extracting(TargetChangeRow::oldTarget,
                TargetChangeRow::newTarget).containsExactlyInAnyOrder(
                        tuple(before.targets().get(TargetType.ALL), 90), tuple(null, 20));
        assertThatThrownBy(() -> targets.save(bethel, 2026, new TargetDraft(Map.of(TargetType.ALL, 95), null),
                before.lastUpdated())).isInstanceOf(ConcurrentEditException.class);

        OrganizationTargets after = targetsOf(bethel, 2026);
        targets.save(bethel, 2026, new TargetDraft(after.targets(), "Second site opens in August"),
                after.lastUpdated());
        assertThat(targets.changes(2026).getFirst()).satisfies(c -> {
            assertThat(c.notes()).isEqualTo("Second site opens in August");
            assertThat(c.oldTarget()).isEqualTo(90).isEqualTo(c.newTarget());
        });
        assertThat(targetsOf(bethel, 2026).notes()).isEqualTo("Second site opens in August");
    }

    @Test
    @WithUserDetails("wbc.staff")
    void targetsAreWholeNumbersUpToTheGoalWithTypesWithinTheTotal() {
        long oai = organization("OAI Inc.");
        OrganizationTargets current = targetsOf(oai, 2026);

        assertThatThrownBy(() -> targets.save(oai, 2026, new TargetDraft(Map.of(TargetType.ALL, -1,
                TargetType.TRAINING, 1_001), null), current.lastUpdated()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException::fieldKey)
                        .containsExactly("target-type.ALL", "target-type.TRAINING"));
        assertThatThrownBy(() -> targets.save(oai, 2026, new TargetDraft(Map.of(TargetType.ALL, 10,
                TargetType.TRAINING, 8, TargetType.APPRENTICESHIP, 4), null), current.lastUpdated()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("targets.error.types-exceed"));
        assertThatThrownBy(() -> targets.save(oai, 2031, new TargetDraft(Map.of(TargetType.ALL, 10), null), null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> targets.save(organization("World Business Chicago"), 2026,
                new TargetDraft(Map.of(TargetType.ALL, 10), null), null)).isInstanceOf(InvalidInputException.class);
        assertThat(targetsOf(oai, 2026)).isEqualTo(current);
    }

    @Test
    @WithUserDetails("wbc.staff")
    void anOrganizationWithNoPlacementsYetIsBehindWithEverythingStillToDo() {
        jdbc.update("""
                INSERT INTO organization (id, version, name, kind) VALUES (990001, 0, 'Austin Works', 'COMMUNITY_ORGANIZATION')""");
        targets.save(990001, 2026, new TargetDraft(Map.of(TargetType.DIRECT_HIRE, 12, TargetType.TRAINING, 6), null),
                null);

        Pace pace = paceOf(990001, 2026).pace();

        assertThat(pace.target()).as("the types' targets together").isEqualTo(18);
        assertThat(pace.actual()).isZero();
        assertThat(pace.status()).isEqualTo(Pace.Status.BEHIND);
        assertThat(pace.neededPerMonth()).isCloseTo(18 / (199 / (365 / 12.0)), within(1e-9));
    }

    @Test
    @WithUserDetails("wbc.staff")
    void theGoalIsProjectedFromTheLastSixAndTwentyFourCompleteMonths() {
        CampaignPacing figures = pacing.pacing(2026);
        long lastSix = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE start_date BETWEEN ? AND ?",
                Long.class, LocalDate.of(2025, 12, 1), LocalDate.of(2026, 5, 31));
        long lastTwentyFour = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE start_date BETWEEN ? AND ?",
                Long.class, LocalDate.of(2024, 6, 1), LocalDate.of(2026, 5, 31));

        assertThat(figures.projection().toDate()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM placement WHERE start_date <= ?", Long.class, TODAY));
        assertThat(figures.projection().recentRate()).isCloseTo(lastSix / 6.0, within(1e-9));
        assertThat(figures.projection().longRate()).isCloseTo(lastTwentyFour / 24.0, within(1e-9));
        assertThat(figures.projection()).isEqualTo(GoalProjection.of(1000, figures.projection().toDate(), lastSix,
                lastTwentyFour, TODAY, LocalDate.of(2030, 3, 31)));
        long sumOfTargets = targets.targets(2026).stream().map(OrganizationTargets::yearTarget)
                .filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
        assertThat(figures.campaign().target()).isEqualTo((int) sumOfTargets);
        assertThat(figures.campaign().actual()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM placement WHERE start_date BETWEEN ? AND ?", Long.class,
                LocalDate.of(2026, 1, 1), TODAY));
    }

    @Test
    @WithUserDetails("executive")
    void anExecutiveSeesEveryCountRoundedAndCannotSetTargets() {
        CampaignPacing figures = pacing.pacing(2026);

        assertThat(figures.organizations()).allSatisfy(o -> assertThat(o.pace().actual() % 5).isZero());
        assertThat(figures.projection().toDate() % 5).isZero();
        assertThatThrownBy(() -> targets.targets(2026)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    OutcomesService outcomes;

    @Test
    @WithUserDetails("wbc.staff")
    void someoneWhoWasPlacedTwiceCountsOnceAmongThePeople() {
        CampaignOutcomes figures = outcomes.outcomes();

        assertThat(figures.placements()).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class));
        assertThat(figures.people()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(DISTINCT job_seeker_id) FROM placement", Long.class)).isLessThan(figures.placements());
        assertThat(figures.cohorts()).allSatisfy(c -> assertThat(c.people()).isLessThanOrEqualTo(c.placements()));
        assertThat(figures.cohorts().stream().mapToLong(CohortOutcome::placements).sum())
                .isEqualTo(figures.placements());
    }

    @Test
    @WithUserDetails("wbc.staff")
    void aCohortsRetentionAndWageChangeAgreeWithItsFollowUps() {
        CohortOutcome cohort = outcomes.outcomes().cohorts().stream()
                .filter(c -> c.year() == 2025 && c.quarter() == 1).findFirst().orElseThrow();
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);

        for (int milestone : new int[] {30, 90, 180}) {
            long known = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM retention_check r JOIN placement p ON p.id = r.placement_id
                    WHERE p.start_date BETWEEN ? AND ? AND r.milestone_days = ? AND r.outcome IN ('STILL_EMPLOYED', 'LEFT')""",
                    Long.class, from, to, milestone);
            long employed = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM retention_check r JOIN placement p ON p.id = r.placement_id
                    WHERE p.start_date BETWEEN ? AND ? AND r.milestone_days = ? AND r.outcome = 'STILL_EMPLOYED'""",
                    Long.class, from, to, milestone);
            assertThat(cohort.retentionPercent(milestone)).as("%d days", milestone)
                    .isCloseTo(100.0 * employed / known, within(1e-9));
        }
        // each placement's wage at start against its last recorded follow-up wage, averaged here in Java
        List<BigDecimal[]> pairs = jdbc.query("""
                SELECT p.hourly_wage, r.current_wage, r.milestone_days, p.id FROM placement p
                JOIN retention_check r ON r.placement_id = p.id
                WHERE p.start_date BETWEEN ? AND ? AND p.hourly_wage IS NOT NULL AND r.current_wage IS NOT NULL
                ORDER BY p.id, r.milestone_days DESC""", (row, n) -> new BigDecimal[] {row.getBigDecimal(1),
                row.getBigDecimal(2), BigDecimal.valueOf(row.getLong(4))}, from, to);
        Map<BigDecimal, BigDecimal[]> last = new LinkedHashMap<>();
        pairs.forEach(pair -> last.putIfAbsent(pair[2], pair));
        BigDecimal start = last.values().stream().map(pair -> pair[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal later = last.values().stream().map(pair -> pair[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cohort.withWages()).isEqualTo(last.size());
        assertThat(cohort.startWage()).isEqualByComparingTo(start.divide(BigDecimal.valueOf(last.size()), 2,
                RoundingMode.HALF_UP));
        assertThat(cohort.wageChange()).isEqualByComparingTo(cohort.lastWage().subtract(cohort.startWage()));
        assertThat(cohort.lastWage()).isEqualByComparingTo(later.divide(BigDecimal.valueOf(last.size()), 2,
                RoundingMode.HALF_UP));
    }

    @Test
    @WithUserDetails("wbc.staff")
    void credentialAttainmentCountsEndedProgramsThatEarnedOne() {
        CampaignOutcomes figures = outcomes.outcomes();

        assertThat(figures.programsEnded()).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM placement WHERE placement_type <> 'DIRECT_HIRE' AND status <> 'ACTIVE'""",
                Long.class));
        assertThat(figures.credentials()).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM placement WHERE placement_type <> 'DIRECT_HIRE' AND status <> 'ACTIVE'
                AND credential IS NOT NULL""", Long.class)).isPositive();
    }

    @Test
    @WithUserDetails("executive")
    void outsideViewersSeeEveryCohortCountRounded() {
        CampaignOutcomes figures = outcomes.outcomes();

        assertThat(figures.cohorts()).allSatisfy(c -> {
            assertThat(c.placements() % 5).isZero();
            assertThat(c.people() % 5).isZero();
            assertThat(c.credentials() % 5).isZero();
            c.retention().forEach(r -> assertThat(r.known() % 5).isZero());
        });
        assertThat(figures.people() % 5).isZero();
    }
}
