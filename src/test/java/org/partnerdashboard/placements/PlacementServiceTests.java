package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The placements API against a real database, as WBC campaign staff; on H2 and PostgreSQL by the subclasses. */
@WithUserDetails("wbc.staff")
abstract class PlacementServiceTests {

    @Autowired
    PlacementService service;

    @Autowired
    PlacementRepository placements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void countsAndTotalsAreSharedUntilPlacementsChange() {
        PlacementFilter ended = new PlacementFilter(null, null, null, null, PlacementStatus.ENDED, null, null, null,
                null, null);
        long before = service.countRows(ended);
        long placement = jdbc.queryForObject("SELECT MIN(id) FROM placement WHERE status = 'ACTIVE'", Long.class);
        try {
            jdbc.update("UPDATE placement SET status = 'ENDED' WHERE id = ?", placement);
            assertThat(service.countRows(ended)).as("served until a change is announced").isEqualTo(before);

            events.publishEvent(new DataChange(Program.PLACEMENTS));
            assertThat(service.countRows(ended)).isEqualTo(before + 1);
            assertThat(service.totals(ended).placements()).isEqualTo(before + 1);
        } finally {
            jdbc.update("UPDATE placement SET status = 'ACTIVE' WHERE id = ?", placement);
            events.publishEvent(new DataChange(Program.PLACEMENTS));
        }
        assertThat(service.countRows(ended)).isEqualTo(before);
    }

    @Test
    void countsEveryPlacementOfTheDemoData() {
        assertThat(service.countRows(PlacementFilter.NONE)).isEqualTo(300);
    }

    @Test
    void firstPageShowsTheNewestPlacementsFirst() {
        List<PlacementRow> page = service.findRows(PlacementFilter.NONE, PageRequest.of(0, 50));

        assertThat(page).hasSize(50);
        assertThat(page).extracting(PlacementRow::startDate).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(page.getFirst().jobSeekerName()).contains(", ");
        assertThat(page.getFirst().subsectorTitle()).endsWith("Manufacturing");
    }

    @Test
    void pagesCoverEveryPlacementExactlyOnce() {
        Set<Long> seen = new HashSet<>();
        for (int page = 0; page < 4; page++) {
            service.findRows(PlacementFilter.NONE, PageRequest.of(page, 80, Sort.by("employer")))
                    .forEach(row -> assertThat(seen.add(row.id())).isTrue());
        }
        assertThat(seen).hasSize(300);
    }

    @Test
    void sortsByWageWithUnpaidTrainingLastInBothDirections() {
        List<PlacementRow> ascending = service.findRows(PlacementFilter.NONE, PageRequest.of(0, 300, Sort.by("hourlyWage")));
        List<PlacementRow> descending = service.findRows(PlacementFilter.NONE,
                PageRequest.of(0, 300, Sort.by(Sort.Order.desc("hourlyWage"))));

        List<BigDecimal> paid = ascending.stream().map(PlacementRow::hourlyWage).filter(Objects::nonNull).toList();
        assertThat(paid).isSorted().isNotEmpty();
        assertThat(ascending.getLast().hourlyWage()).isNull();
        assertThat(descending.getFirst().hourlyWage()).isEqualByComparingTo(paid.getLast());
        assertThat(descending.getLast().hourlyWage()).isNull();
    }

    /** The orders the indexes serve once the organization and status lead them (JpqlConditions.orderBy), page by page. */
    @Test
    void pagesOfOneOrganizationAndStatusFollowEachSortInBothDirections() {
        List<Map<String, Object>> largest = jdbc.queryForList("SELECT placing_organization_id AS org, status"
                + " FROM placement GROUP BY placing_organization_id, status ORDER BY COUNT(*) DESC, 1, 2");
        long organization = ((Number) largest.getFirst().get("org")).longValue();
        PlacementStatus status = PlacementStatus.valueOf((String) largest.getFirst().get("status"));
        PlacementFilter filter = new PlacementFilter(organization, null, null, null, status, null, null, null, null,
                null);
        String where = " FROM placement WHERE placing_organization_id = ? AND status = ? ORDER BY ";
        Map<Sort, String> expected = Map.of(
                Sort.by("hourlyWage"), "hourly_wage ASC NULLS LAST, id",
                Sort.by(Sort.Order.desc("hourlyWage")), "hourly_wage DESC NULLS LAST, id",
                Sort.by("startDate"), "start_date, id",
                Sort.unsorted(), "start_date DESC, id DESC");

        expected.forEach((sort, order) -> {
            List<Long> paged = new ArrayList<>();
            for (int page = 0; paged.size() == page * 9; page++) {
                service.findRows(filter, PageRequest.of(page, 9, sort)).forEach(row -> paged.add(row.id()));
            }
            assertThat(paged).as(order).hasSizeGreaterThan(9).isEqualTo(jdbc.queryForList("SELECT id" + where + order,
                    Long.class, organization, status.name()));
        });
    }

    @Test
    void sortsByOrganizationName() {
        List<PlacementRow> rows = service.findRows(PlacementFilter.NONE, PageRequest.of(0, 300, Sort.by("organization")));

        assertThat(rows).extracting(PlacementRow::organization).isSorted();
        assertThat(rows.getFirst().organization()).isEqualTo("Bethel New Life");
        assertThat(rows.getLast().organization()).isEqualTo("Safer Foundation");
    }

    @Test
    void ignoresSortKeysThatAreNotColumns() {
        List<PlacementRow> rows = service.findRows(PlacementFilter.NONE, PageRequest.of(0, 10, Sort.by("id; drop table placement")));

        assertThat(rows).hasSize(10);
        assertThat(service.countRows(PlacementFilter.NONE)).isEqualTo(300);
    }

    private long sql(String where, Object... args) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM placement p JOIN organization e ON e.id = p.employer_id "
                + "JOIN organization o ON o.id = p.placing_organization_id WHERE " + where, Long.class, args);
    }

    @Test
    void filtersBySubsectorTypeAndStatusInTheDatabase() {
        PlacementFilter filter = new PlacementFilter(null, null, "332", PlacementType.DIRECT_HIRE, PlacementStatus.ACTIVE,
                null, null, null, null, null);

        List<PlacementRow> rows = service.findRows(filter, PageRequest.of(0, 300));

        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.naicsCode()).isEqualTo("332");
            assertThat(row.placementType()).isEqualTo(PlacementType.DIRECT_HIRE);
            assertThat(row.status()).isEqualTo(PlacementStatus.ACTIVE);
        });
        assertThat(service.countRows(filter)).isEqualTo(rows.size())
                .isEqualTo(sql("p.naics_code = '332' AND p.placement_type = 'DIRECT_HIRE' AND p.status = 'ACTIVE'"));
    }

    @Test
    void filtersByOrganizationEmployerDatesAndWagesInclusively() {
        long bethel = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Bethel New Life'", Long.class);
        PlacementFilter filter = new PlacementFilter(bethel, null, null, null, null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2023, 12, 31), new BigDecimal("15.00"), new BigDecimal("22.50"), null);

        assertThat(service.countRows(filter)).isPositive().isEqualTo(sql("""
                o.name = 'Bethel New Life' AND p.start_date BETWEEN DATE '2020-01-01' AND DATE '2023-12-31'
                AND p.hourly_wage BETWEEN 15.00 AND 22.50"""));

        PlacementRow any = service.findRows(filter, PageRequest.of(0, 1)).getFirst();
        long employer = jdbc.queryForObject("SELECT employer_id FROM placement WHERE id = ?", Long.class, any.id());
        PlacementFilter byEmployer = new PlacementFilter(null, employer, null, null, null, null, null, null, null, null);
        assertThat(service.findRows(byEmployer, PageRequest.of(0, 300))).extracting(PlacementRow::employer)
                .containsOnly(any.employer());
    }

    @Test
    void searchesJobTitleAndEmployerIgnoringCaseAndTreatsWildcardsLiterally() {
        PlacementFilter welder = new PlacementFilter(null, null, null, null, null, null, null, null, null, "WELD");
        PlacementFilter bakery = new PlacementFilter(null, null, null, null, null, null, null, null, null, "bakery");

        assertThat(service.findRows(welder, PageRequest.of(0, 300))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.jobTitle() + row.employer()).containsIgnoringCase("weld"));
        assertThat(service.countRows(welder)).isEqualTo(sql("LOWER(p.job_title) LIKE '%weld%' OR LOWER(e.name) LIKE '%weld%'"));
        assertThat(service.findRows(bakery, PageRequest.of(0, 300))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.employer()).containsIgnoringCase("bakery"));
        assertThat(service.countRows(new PlacementFilter(null, null, null, null, null, null, null, null, null, "%")))
                .isZero();
    }

    @Test
    void footerTotalsCoverTheFilteredRows() {
        PlacementFilter training = new PlacementFilter(null, null, null, PlacementType.TRAINING, null, null, null,
                null, null, null);

        PlacementTotals totals = service.totals(training);

        assertThat(totals.placements()).isEqualTo(service.countRows(training));
        assertThat(totals.fullTime()).isEqualTo(sql("p.placement_type = 'TRAINING' AND p.full_time = TRUE"));
        BigDecimal average = jdbc.queryForObject(
                "SELECT AVG(hourly_wage) FROM placement WHERE placement_type = 'TRAINING'", BigDecimal.class);
        assertThat(totals.averageWage()).isEqualByComparingTo(average.setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void campaignProgressAddsUpTheMonthlyCountsFromTheDatabase() {
        CampaignProgress progress = service.campaignProgress();

        assertThat(progress.goal()).isEqualTo(1000);
        assertThat(progress.placementsToDate()).isEqualTo(300);
        CampaignProgress.Point current = progress.points().stream()
                .filter(p -> p.month().equals(YearMonth.from(TestClock.NOW.atZone(ZoneId.of("America/Chicago")))))
                .findFirst().orElseThrow();
        assertThat(current.cumulative()).isEqualTo(300);
        assertThat(progress.points().getLast().month()).isEqualTo(YearMonth.of(2030, 3));
        assertThat(progress.points().getLast().cumulative()).isNull();
    }

    @Test
    void aConcurrentEditIsRejectedNotOverwritten() {
        Placement mine = placements.findById(1L).orElseThrow();
        Placement theirs = placements.findById(1L).orElseThrow();

        theirs.setHourlyWage(new BigDecimal("21.50"));
        placements.save(theirs);
        mine.setHourlyWage(new BigDecimal("19.00"));

        assertThatThrownBy(() -> placements.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(placements.findById(1L).orElseThrow().getHourlyWage()).isEqualByComparingTo("21.50");
    }
}
