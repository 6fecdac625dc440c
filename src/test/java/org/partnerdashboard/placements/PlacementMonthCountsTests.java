package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ColumnMapping;
import org.partnerdashboard.base.ImportTable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly rollup answers exactly what counting the placements answers, for periods cut inside months too, and
 * stays exact through every way placements are written; on H2 and PostgreSQL. Changes are rolled back.
 */
@Transactional
abstract class PlacementMonthCountsTests {

    @Autowired
    PlacementMonthCounts rollup;

    @Autowired
    JobSeekerService jobSeekers;

    @Autowired
    PlacementImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    private long organization(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }

    private List<PlacementSlice> slices() {
        long bethel = organization("Bethel New Life");
        List<PlacementSlice> kinds = List.of(PlacementSlice.ALL, new PlacementSlice("332", null, null, null, null),
                new PlacementSlice(null, bethel, null, null, null), new PlacementSlice(null, null, "17031", null, null),
                new PlacementSlice("311", bethel, "17031", null, null));
        List<LocalDate[]> periods = List.of(new LocalDate[] {null, null},
                new LocalDate[] {LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)},
                new LocalDate[] {LocalDate.of(2019, 3, 17), LocalDate.of(2024, 8, 9)},
                new LocalDate[] {LocalDate.of(2023, 6, 5), LocalDate.of(2023, 6, 20)},
                new LocalDate[] {LocalDate.of(2022, 11, 15), LocalDate.of(2022, 12, 14)},
                new LocalDate[] {LocalDate.of(2021, 2, 10), null},
                new LocalDate[] {null, LocalDate.of(2020, 2, 29)},
                new LocalDate[] {LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 30)});
        return kinds.stream().flatMap(k -> periods.stream().map(p -> k.between(p[0], p[1]))).toList();
    }

    private void assertTheRollupAgreesWithThePlacements() {
        for (PlacementSlice slice : slices()) {
            Raw raw = new Raw(slice);
            assertThat(rollup.monthly(slice).stream().map(PlacementMonthCounts.MonthCell::count).toList())
                    .as("monthly %s", slice).isEqualTo(jdbc.query("""
                    SELECT EXTRACT(YEAR FROM p.start_date), EXTRACT(MONTH FROM p.start_date), COUNT(*) FROM placement p
                    JOIN organization e ON e.id = p.employer_id""" + raw.where
                    + " GROUP BY EXTRACT(YEAR FROM p.start_date), EXTRACT(MONTH FROM p.start_date) ORDER BY 1, 2",
                    (rs, i) -> new MonthlyCount(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3)),
                    raw.parameters));
            assertThat(rows(rollup.byOrganization(slice))).as("by organization %s", slice).isEqualTo(rows(jdbc.query("""
                    SELECT o.id, o.name, COUNT(*), SUM(MOD(p.id * 2654435761, 4294967296))
                    FROM placement p JOIN organization e ON e.id = p.employer_id
                    JOIN organization o ON o.id = p.placing_organization_id""" + raw.where
                    + " GROUP BY o.id, o.name ORDER BY o.name", Raw::row, raw.parameters)));
            assertThat(rows(rollup.bySubsector(slice))).as("by subsector %s", slice).isEqualTo(rows(jdbc.query("""
                    SELECT n.code, n.title, COUNT(*), SUM(MOD(p.id * 2654435761, 4294967296))
                    FROM placement p JOIN organization e ON e.id = p.employer_id
                    JOIN naics_subsector n ON n.code = p.naics_code""" + raw.where
                    + " GROUP BY n.code, n.title ORDER BY COUNT(*) DESC, n.code", Raw::row, raw.parameters)));
            assertThat(rollup.totals(slice)).as("totals %s", slice).isEqualTo(jdbc.queryForObject("""
                    SELECT COUNT(*), SUM(CASE WHEN p.full_time THEN 1 ELSE 0 END), COUNT(p.hourly_wage),
                           COALESCE(SUM(p.hourly_wage), 0)
                    FROM placement p JOIN organization e ON e.id = p.employer_id""" + raw.where,
                    (rs, i) -> PlacementTotals.ofSums(new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getBigDecimal(4)}), raw.parameters));
        }
        List<Map<String, Object>> recounted = jdbc.queryForList("""
                SELECT CAST(DATE_TRUNC('MONTH', p.start_date) AS DATE) m, p.placing_organization_id o, p.naics_code n,
                       e.county_fips c, COUNT(*) k, CAST(SUM(MOD(p.id * 2654435761, 4294967296)) AS BIGINT) ks
                FROM placement p JOIN organization e ON e.id = p.employer_id
                GROUP BY CAST(DATE_TRUNC('MONTH', p.start_date) AS DATE), p.placing_organization_id, p.naics_code,
                         e.county_fips ORDER BY 1, 2, 3, 4""");
        List<Map<String, Object>> kept = jdbc.queryForList("""
                SELECT month_start m, placing_organization_id o, naics_code n, employer_county_fips c, placements k,
                       key_sum ks
                FROM placement_month_county_count ORDER BY 1, 2, 3, 4""");
        assertThat(kept).isEqualTo(recounted);
        assertThat(jdbc.queryForList("""
                SELECT month_start m, placing_organization_id o, naics_code n, placements k, full_time f, with_wage w,
                       wage_sum s
                FROM placement_month_count ORDER BY 1, 2, 3""")).isEqualTo(jdbc.queryForList("""
                SELECT CAST(DATE_TRUNC('MONTH', start_date) AS DATE) m, placing_organization_id o, naics_code n,
                       COUNT(*) k, SUM(CASE WHEN full_time THEN 1 ELSE 0 END) f, COUNT(hourly_wage) w,
                       CAST(COALESCE(SUM(hourly_wage), 0) AS NUMERIC(15, 2)) s
                FROM placement
                GROUP BY CAST(DATE_TRUNC('MONTH', start_date) AS DATE), placing_organization_id, naics_code
                ORDER BY 1, 2, 3"""));
    }

    /** The slice as plain SQL over the placements (p) and their employers (e): what the rollup must agree with. */
    private static final class Raw {

        final String where;
        final Object[] parameters;

        Raw(PlacementSlice slice) {
            List<String> conditions = new ArrayList<>(List.of("1 = 1"));
            List<Object> values = new ArrayList<>();
            add(conditions, values, "p.naics_code = ?", slice.naicsCode());
            add(conditions, values, "p.placing_organization_id = ?", slice.organizationId());
            add(conditions, values, "e.county_fips = ?", slice.employerCountyFips());
            add(conditions, values, "p.start_date >= ?", slice.from());
            add(conditions, values, "p.start_date <= ?", slice.to());
            where = " WHERE " + String.join(" AND ", conditions);
            parameters = values.toArray();
        }

        private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
            if (value != null) {
                conditions.add(condition);
                values.add(value);
            }
        }

        static Object[] row(ResultSet rs, int i) throws SQLException {
            return new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    private static List<List<Object>> rows(List<Object[]> rows) {
        return rows.stream().map(r -> Arrays.asList(String.valueOf(r[0]), r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue())).toList();
    }

    @Test
    void answersWhatCountingThePlacementsAnswersForAnySliceAndPeriod() {
        assertThat(rollup.totals(PlacementSlice.ALL).placements()).isEqualTo(300);
        assertTheRollupAgreesWithThePlacements();
    }

    @Test
    @WithUserDetails("bethel.staff")
    void staysExactWhenAPlacementIsAddedAndMovedToAnotherMonth() {
        long seeker = jobSeekers.create(new JobSeekerDraft(null, "Rollup", "Tester", null, null, "60644", 25,
                organization("Bethel New Life")), false);
        long employer = jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE kind = 'EMPLOYER'", Long.class);
        PlacementDraft draft = new PlacementDraft(employer, "Welder", "332", PlacementType.DIRECT_HIRE,
                LocalDate.of(2026, 5, 12), null, new BigDecimal("21.40"), true, PlacementStatus.ACTIVE);
        long placement = jobSeekers.addPlacement(seeker, draft);
        assertTheRollupAgreesWithThePlacements();

        long version = jdbc.queryForObject("SELECT version FROM placement WHERE id = ?", Long.class, placement);
        jobSeekers.updatePlacement(placement, version, new PlacementDraft(employer, "Welder", "333",
                PlacementType.DIRECT_HIRE, LocalDate.of(2025, 11, 3), null, new BigDecimal("22.10"), false,
                PlacementStatus.ACTIVE));
        assertTheRollupAgreesWithThePlacements();
    }

    @Test
    @WithUserDetails("bethel.staff")
    void staysExactThroughASpreadsheetImport() {
        ImportTable table = imports.read("bethel.csv", ImportFiles.validCsv(jdbc, "R1"));
        imports.importRows(table, ColumnMapping.guess(ImportField.class, table.headers()), organization("Bethel New Life"), false,
                done -> { });

        assertThat(rollup.totals(PlacementSlice.ALL).placements()).isEqualTo(303);
        assertTheRollupAgreesWithThePlacements();
    }

    @Test
    void aRebuildCountsPlacementsWrittenAroundTheServices() {
        jdbc.update("UPDATE placement SET start_date = DATE '2016-02-29', end_date = NULL WHERE id = (SELECT MIN(id) FROM placement)");
        rollup.rebuild();
        assertTheRollupAgreesWithThePlacements();
    }
}
