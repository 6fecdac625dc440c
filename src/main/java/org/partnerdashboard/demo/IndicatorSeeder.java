package org.partnerdashboard.demo;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Quarterly indicators for every subsector and Chicago-area county since 2015. Synthetic, but scaled from the
 * real BLS QCEW figures for Cook County, 2016 Q1 (establishments, March employment, average weekly wage); Cook
 * County's 2016 is left to the real QCEW sample the generator imports.
 */
final class IndicatorSeeder {

    static final String SOURCE = "Demo data scaled from BLS QCEW (Cook County, 2016 Q1)";

    /** BLS QCEW, Cook County IL, private ownership, 2016 Q1: {establishments, month-3 employment, avg weekly wage}. */
    private static final Map<String, int[]> COOK_2016_Q1 = Map.ofEntries(
            Map.entry("311", new int[] {776, 32002, 1154}), Map.entry("312", new int[] {79, 2713, 1143}),
            Map.entry("313", new int[] {40, 275, 1019}), Map.entry("314", new int[] {116, 1601, 631}),
            Map.entry("315", new int[] {95, 2038, 653}), Map.entry("316", new int[] {28, 428, 714}),
            Map.entry("321", new int[] {126, 1125, 767}), Map.entry("322", new int[] {156, 9248, 1183}),
            Map.entry("323", new int[] {646, 11253, 1021}), Map.entry("324", new int[] {46, 1694, 2205}),
            Map.entry("325", new int[] {315, 10800, 1711}), Map.entry("326", new int[] {218, 8777, 1133}),
            Map.entry("327", new int[] {194, 3778, 1187}), Map.entry("331", new int[] {125, 6443, 1179}),
            Map.entry("332", new int[] {1138, 30761, 1054}), Map.entry("333", new int[] {597, 14219, 1397}),
            Map.entry("334", new int[] {326, 10034, 1622}), Map.entry("335", new int[] {167, 10982, 1514}),
            Map.entry("336", new int[] {131, 11901, 1533}), Map.entry("337", new int[] {266, 5158, 956}),
            Map.entry("339", new int[] {588, 10501, 1384}));

    /** Each area's size relative to Cook County's manufacturing, and its wage level. */
    private record AreaScale(String fips, double size, double wage) {
    }

    private static final List<AreaScale> AREAS = List.of(
            new AreaScale("17031", 1.0, 1.0), new AreaScale("17043", 0.30, 1.04), new AreaScale("17097", 0.22, 1.08),
            new AreaScale("17197", 0.17, 0.95), new AreaScale("17089", 0.17, 0.96), new AreaScale("17111", 0.10, 0.93),
            new AreaScale("17093", 0.025, 0.92), new AreaScale("C1698", 2.41, 1.01));

    private static final String INSERT = """
            INSERT INTO subsector_indicator (id, version, industry_code, area_fips, period_year, period_quarter,
                disclosed, establishments, month1_employment, month2_employment, month3_employment, total_wages,
                average_weekly_wage, source)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Pick pick;

    IndicatorSeeder(JdbcTemplate jdbc, Pick pick) {
        this.jdbc = jdbc;
        this.pick = pick;
    }

    /** Writes 2015 Q1 up to the last quarter QCEW would have published by {@code today} (about six months' lag). */
    long seed(LocalDate today) {
        LocalDate lastPublished = today.minusMonths(6);
        int lastYear = lastPublished.getYear();
        int lastQuarter = (lastPublished.getMonthValue() - 1) / 3 + 1;
        Map<String, Double> trend = new HashMap<>();
        DemoVocabulary.SUBSECTORS.forEach(s -> trend.put(s, pick.between(-0.025, 0.015)));
        long id = 1;
        try (BatchWriter out = new BatchWriter(jdbc, INSERT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.INTEGER, Types.INTEGER, Types.BOOLEAN, Types.INTEGER, Types.INTEGER, Types.INTEGER,
                Types.INTEGER, Types.BIGINT, Types.INTEGER, Types.VARCHAR)) {
            for (AreaScale area : AREAS) {
                for (int year = 2015; year <= lastYear; year++) {
                    if (area.fips.equals("17031") && year == 2016) {
                        continue; // the real BLS figures come from the bundled QCEW sample
                    }
                    for (int quarter = 1; quarter <= (year == lastYear ? lastQuarter : 4); quarter++) {
                        double years = (year - 2016) + (quarter - 1) / 4.0;
                        long sectorEstablishments = 0;
                        long sectorEmployment = 0;
                        long sectorWages = 0;
                        for (String subsector : DemoVocabulary.SUBSECTORS) {
                            int[] base = COOK_2016_Q1.get(subsector);
                            double covid = year == 2020 && quarter == 2 ? 0.92 : year == 2020 && quarter == 3 ? 0.96 : 1.0;
                            double level = base[1] * area.size * Math.pow(1 + trend.get(subsector), years) * covid;
                            int m1 = noisy(level);
                            int m2 = noisy(level);
                            int m3 = noisy(level);
                            int establishments = Math.max(1, (int) Math.round(base[0] * area.size
                                    * Math.pow(1 + trend.get(subsector) / 2, years)));
                            int weeklyWage = (int) Math.round(base[2] * area.wage * Math.pow(1.03, years)
                                    * (1 + 0.02 * pick.gaussian()));
                            long wages = (long) weeklyWage * (m1 + m2 + m3) / 3 * 13;
                            sectorEstablishments += establishments;
                            sectorEmployment += m3;
                            sectorWages += wages;
                            // BLS withholds figures that could identify a single employer
                            boolean disclosed = establishments >= 3 && (m3 >= 150 || pick.chance(0.5));
                            if (disclosed) {
                                out.add(id++, subsector, area.fips, year, quarter, true, establishments, m1, m2, m3,
                                        wages, weeklyWage, SOURCE);
                            } else {
                                out.add(id++, subsector, area.fips, year, quarter, false, null, null, null, null,
                                        null, null, SOURCE);
                            }
                        }
                        int sectorWeekly = (int) (sectorWages / Math.max(1, sectorEmployment) / 13);
                        out.add(id++, "31-33", area.fips, year, quarter, true, (int) sectorEstablishments,
                                (int) sectorEmployment, (int) sectorEmployment, (int) sectorEmployment, sectorWages,
                                sectorWeekly, SOURCE);
                    }
                }
            }
            return out.written();
        }
    }

    /**
     * Job openings for the last published quarter in Cook County and the metro area, about 3-6% of employment, as
     * a research editor would enter them from job-posting data. Run after {@link #seed}.
     *
     * @return the number of rows written (their ids run from 1)
     */
    long seedOpenings(LocalDate today) {
        LocalDate lastPublished = today.minusMonths(6);
        int year = lastPublished.getYear();
        int quarter = (lastPublished.getMonthValue() - 1) / 3 + 1;
        List<Object[]> rows = jdbc.query("""
                SELECT industry_code, area_fips, month3_employment FROM subsector_indicator
                WHERE period_year = ? AND period_quarter = ? AND area_fips IN ('17031', 'C1698') AND disclosed = TRUE
                ORDER BY area_fips, industry_code""", (r, i) -> new Object[] {r.getString(1), r.getString(2),
                r.getInt(3)}, year, quarter);
        long id = 0;
        for (Object[] row : rows) {
            long openings = Math.round((Integer) row[2] * pick.between(0.03, 0.06));
            jdbc.update("""
                    INSERT INTO manual_indicator (id, version, industry_code, area_fips, period_year, period_quarter,
                        measure, figure, source, notes, entered_by, entered_at)
                    VALUES (?, 0, ?, ?, ?, ?, 'JOB_OPENINGS', ?, 'Demo job-postings data', ?, 'research.editor', ?)""",
                    ++id, row[0], row[1], year, quarter, openings, "Postings active on the quarter's last day (demo data)",
                    Timestamp.valueOf(lastPublished.plusMonths(3).atStartOfDay()));
        }
        return id;
    }

    private int noisy(double level) {
        return Math.max(0, (int) Math.round(level * (1 + 0.01 * pick.gaussian())));
    }
}
