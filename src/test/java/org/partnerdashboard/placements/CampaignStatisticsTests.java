package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.GroupCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The campaign progress figures against plain SQL; on H2 and PostgreSQL. */
abstract class CampaignStatisticsTests {

    @Autowired
    CampaignStatisticsService service;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("wbc.staff")
    void breakdownsAddUpToEveryPlacement() {
        CampaignStatistics figures = service.statistics();

        assertThat(figures.byType()).extracting(GroupCount::count).containsOnly(
                jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE placement_type = 'APPRENTICESHIP'", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE placement_type = 'DIRECT_HIRE'", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE placement_type = 'TRAINING'", Long.class));
        assertThat(figures.byType().stream().mapToLong(GroupCount::count).sum()).isEqualTo(300);
        assertThat(figures.bySubsector().stream().mapToLong(GroupCount::count).sum()).isEqualTo(300);
        assertThat(figures.byOrganization().stream().mapToLong(GroupCount::count).sum()).isEqualTo(300);
        assertThat(figures.lastTwoYears()).hasSize(24);
    }

    @Test
    @WithUserDetails("wbc.staff")
    void medianStartingWagePerYearMatchesTheWagesThemselves() {
        Map<Integer, List<BigDecimal>> wages = new HashMap<>();
        jdbc.query("SELECT EXTRACT(YEAR FROM start_date), hourly_wage FROM placement WHERE hourly_wage IS NOT NULL",
                row -> {
                    wages.computeIfAbsent(row.getInt(1), y -> new ArrayList<>()).add(row.getBigDecimal(2));
                });

        List<MedianWage> medians = service.statistics().medianWageByYear();

        assertThat(medians).hasSize(wages.size());
        for (MedianWage median : medians) {
            List<BigDecimal> year = wages.get(median.year()).stream().sorted().toList();
            int n = year.size();
            BigDecimal expected = n % 2 == 1 ? year.get(n / 2)
                    : year.get(n / 2 - 1).add(year.get(n / 2)).divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP);
            assertThat(median.wages()).isEqualTo(n);
            assertThat(median.median()).as("median of " + median.year()).isEqualByComparingTo(expected.setScale(2, RoundingMode.HALF_UP));
        }
    }

    @Test
    @WithUserDetails("wbc.staff")
    void retentionCountsOnlyKnownOutcomes() {
        List<RetentionRate> retention = service.statistics().retention();

        assertThat(retention).extracting(RetentionRate::milestoneDays).containsExactly(30, 90, 180);
        for (RetentionRate rate : retention) {
            long employed = jdbc.queryForObject("SELECT COUNT(*) FROM retention_check WHERE milestone_days = ? "
                    + "AND outcome = 'STILL_EMPLOYED'", Long.class, rate.milestoneDays());
            long left = jdbc.queryForObject("SELECT COUNT(*) FROM retention_check WHERE milestone_days = ? "
                    + "AND outcome = 'LEFT'", Long.class, rate.milestoneDays());
            assertThat(rate.stillEmployed()).isEqualTo(employed);
            assertThat(rate.known()).isEqualTo(employed + left);
        }
        assertThat(retention.get(0).percent()).isGreaterThan(retention.get(2).percent());
    }

    @Test
    @WithUserDetails("executive")
    void executivesSeeEveryCountRoundedToFiveNeverAGroupOfOneToFour() {
        Map<String, Long> exact = new HashMap<>();
        jdbc.query("SELECT naics_code, COUNT(*) FROM placement GROUP BY naics_code",
                row -> {
                    exact.put(row.getString(1), row.getLong(2));
                });
        assertThat(exact.values()).as("the demo data must have small subsectors").anyMatch(n -> n < 5);

        CampaignStatistics figures = service.statistics();
        for (GroupCount subsector : figures.bySubsector()) {
            long real = exact.get(subsector.key());
            assertThat(subsector.count()).as(subsector.label()).isIn(real - real % 5,
                    real % 5 == 0 ? real : real - real % 5 + 5);
        }
        assertThat(figures.byType()).allMatch(g -> g.count() % 5 == 0);
        assertThat(figures.lastTwoYears()).allMatch(m -> m.placements() % 5 == 0);
        assertThat(figures.retention()).allMatch(r -> r.known() % 5 == 0
                && (r.stillEmployed() == null || r.stillEmployed() % 5 == 0));
        assertThat(figures.medianWageByYear()).allMatch(m -> m.wages() % 5 == 0);
        assertThat(figures.progress().points()).allMatch(p -> p.cumulative() == null || p.cumulative() % 5 == 0);
    }
}
