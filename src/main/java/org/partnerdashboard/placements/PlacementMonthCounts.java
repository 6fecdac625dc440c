package org.partnerdashboard.placements;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.partnerdashboard.base.JpqlConditions;
import org.partnerdashboard.security.Disclosure;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign's counts from rollup tables instead of every placement: placements per month, organization and
 * subsector ({@code placement_month_count}, ~15,000 rows at a million placements) and the same per employer county
 * ({@code placement_month_county_count}, for figures narrowed to a county). Whole months come from a rollup; the days
 * of a period that starts or ends inside a month are counted from the placements and grouped alike. Every writer of
 * placements calls {@link #refresh} in its transaction (decision record 005).
 */
@Component
public class PlacementMonthCounts {

    /** Placements grouped as the rollup keeps them; the employer's county read per row (H2 has no hash join). */
    private static final String GROUPED = """
            SELECT CAST(DATE_TRUNC('MONTH', x.start_date) AS DATE) month_start, x.placing_organization_id, x.naics_code,
                   COUNT(*) placements, SUM(CASE WHEN x.full_time THEN 1 ELSE 0 END) full_time,
                   COUNT(x.hourly_wage) with_wage, COALESCE(SUM(x.hourly_wage), 0) wage_sum, SUM(x.record_key) key_sum,
                   x.employer_county_fips
            FROM (SELECT p.start_date, p.placing_organization_id, p.naics_code, p.full_time, p.hourly_wage,
                         RECORD_KEY record_key,
                         (SELECT e.county_fips FROM organization e WHERE e.id = p.employer_id) employer_county_fips
                  FROM placement p %s) x %s
            GROUP BY CAST(DATE_TRUNC('MONTH', x.start_date) AS DATE), x.placing_organization_id, x.naics_code,
                     x.employer_county_fips""".replace("RECORD_KEY", Disclosure.RECORD_KEY_SQL.formatted("p.id"));
    /** The columns both rollup tables have, and the figures read; key_sum is the sum of the records' keys. */
    private static final String COLUMNS = """
            month_start, placing_organization_id, naics_code, placements, full_time, with_wage, wage_sum, key_sum""";
    private static final String BY_COUNTY = "placement_month_county_count";
    private static final String ALL_COUNTIES = "placement_month_count";
    private static final String ALL_COUNTIES_FROM_BY_COUNTY = "INSERT INTO " + ALL_COUNTIES + " (" + COLUMNS + ")"
            + " SELECT month_start, placing_organization_id, naics_code, SUM(placements), SUM(full_time),"
            + " SUM(with_wage), SUM(wage_sum), SUM(key_sum) FROM " + BY_COUNTY;
    private static final String BY_MONTH = " GROUP BY month_start, placing_organization_id, naics_code";

    private final EntityManager entityManager;

    PlacementMonthCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Counts again the months of these start dates (old and new dates of changed placements), in the writer's
     * transaction. Writers take the rollup's lock first, so two writers of the same month cannot each miss the
     * other's rows.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Collection<LocalDate> startDates) {
        TreeSet<LocalDate> months = new TreeSet<>();
        startDates.forEach(d -> months.add(d.withDayOfMonth(1)));
        if (months.isEmpty()) {
            return;
        }
        entityManager.flush();
        lock();
        for (LocalDate month : months) {
            for (String table : List.of(ALL_COUNTIES, BY_COUNTY)) {
                entityManager.createNativeQuery("DELETE FROM " + table + " WHERE month_start = :month")
                        .setParameter("month", month).executeUpdate();
            }
            // one month at a time: a range on start_date that both databases read from its index
            entityManager.createNativeQuery("INSERT INTO " + BY_COUNTY + " (" + COLUMNS + ", employer_county_fips) "
                            + GROUPED.formatted("WHERE p.start_date >= :month AND p.start_date < :next", ""))
                    .setParameter("month", month)
                    .setParameter("next", month.plusMonths(1))
                    .executeUpdate();
            entityManager.createNativeQuery(ALL_COUNTIES_FROM_BY_COUNTY + " WHERE month_start = :month" + BY_MONTH)
                    .setParameter("month", month).executeUpdate();
        }
    }

    /** Counts every month again from the placements: after bulk loads that bypass the services (demo data). */
    @Transactional
    public void rebuild() {
        entityManager.flush();
        lock();
        entityManager.createNativeQuery("DELETE FROM " + ALL_COUNTIES).executeUpdate();
        entityManager.createNativeQuery("DELETE FROM " + BY_COUNTY).executeUpdate();
        entityManager.createNativeQuery("INSERT INTO " + BY_COUNTY + " (" + COLUMNS + ", employer_county_fips) "
                + GROUPED.formatted("", "")).executeUpdate();
        entityManager.createNativeQuery(ALL_COUNTIES_FROM_BY_COUNTY + BY_MONTH).executeUpdate();
    }

    private void lock() {
        entityManager.createNativeQuery(
                "SELECT rollup FROM rollup_lock WHERE rollup = 'placement_month_count' FOR UPDATE").getResultList();
    }

    /** Placements per month in the slice, oldest first, with their cell keys. */
    List<MonthCell> monthly(PlacementSlice slice) {
        return query("""
                SELECT r.month_start, SUM(r.placements), SUM(r.key_sum) FROM %s GROUP BY r.month_start ORDER BY 1""",
                slice).stream().map(r -> new MonthCell(YearMonth.from(toDate(r[0])), ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue())).toList();
    }

    /** Placements that started in one month, with the sum of their record keys (disclosure control). */
    record MonthCell(YearMonth month, long placements, long keySum) {

        MonthlyCount count() {
            return new MonthlyCount(month, placements);
        }
    }

    /** Placements per placing organization in the slice: {organization id, name, count, key sum}, by name. */
    List<Object[]> byOrganization(PlacementSlice slice) {
        return query("""
                SELECT g.id, o.name, g.placements, g.key_sum
                FROM (SELECT r.placing_organization_id id, SUM(r.placements) placements, SUM(r.key_sum) key_sum
                      FROM %s GROUP BY r.placing_organization_id) g JOIN organization o ON o.id = g.id
                ORDER BY o.name""", slice);
    }

    /** Placements per subsector in the slice, most first: {code, title, count, key sum}. */
    List<Object[]> bySubsector(PlacementSlice slice) {
        return query("""
                SELECT g.code, n.title, g.placements, g.key_sum
                FROM (SELECT r.naics_code code, SUM(r.placements) placements, SUM(r.key_sum) key_sum
                      FROM %s GROUP BY r.naics_code) g
                    JOIN naics_subsector n ON n.code = g.code
                ORDER BY g.placements DESC, g.code""", slice);
    }

    /** How many placements are in the slice, how many full time, and their average wage. */
    PlacementTotals totals(PlacementSlice slice) {
        return PlacementTotals.ofSums(query("""
                SELECT COALESCE(SUM(r.placements), 0), COALESCE(SUM(r.full_time), 0), COALESCE(SUM(r.with_wage), 0),
                       COALESCE(SUM(r.wage_sum), 0)
                FROM %s""", slice).getFirst());
    }

    /**
     * Runs the figure's SQL over the slice's rows in rollup form (its {@code %s} is the source, alias r): the
     * rollup's rows for whole months, and the days before and after them grouped the same way from the placements.
     */
    private List<Object[]> query(String figure, PlacementSlice slice) {
        Period period = Period.of(slice);
        JpqlConditions conditions = sliceConditions(slice);
        String sliceWhere = conditions.where();
        List<String> parts = new ArrayList<>();
        if (period.hasWholeMonths()) {
            conditions.add("month_start >= :firstMonth", "firstMonth", period.firstWholeMonth())
                    .add("month_start <= :lastMonth", "lastMonth", period.lastWholeMonth());
            String table = slice.employerCountyFips() == null ? ALL_COUNTIES : BY_COUNTY;
            parts.add("SELECT " + COLUMNS + " FROM " + table + conditions.where());
        }
        List<LocalDate[]> days = period.partialMonths();
        for (int i = 0; i < days.size(); i++) {
            parts.add("SELECT " + COLUMNS + " FROM (" + GROUPED.formatted("WHERE p.start_date >= :from" + i
                    + " AND p.start_date <= :to" + i, sliceWhere) + ") d" + i);
        }
        if (parts.isEmpty()) { // a period that ends before it starts
            parts.add("SELECT " + COLUMNS + " FROM " + ALL_COUNTIES + " WHERE 1 = 0");
            conditions = new JpqlConditions();
        }
        Query query = conditions.bind(entityManager.createNativeQuery(figure.formatted(
                "(" + String.join(" UNION ALL ", parts) + ") r")));
        for (int i = 0; i < days.size(); i++) {
            query.setParameter("from" + i, days.get(i)[0]).setParameter("to" + i, days.get(i)[1]);
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(row -> row instanceof Object[] array ? array : new Object[] {row}).toList();
    }

    /** The slice's conditions on rows in rollup form (the rollup's own, or placements grouped alike). */
    private static JpqlConditions sliceConditions(PlacementSlice slice) {
        return new JpqlConditions()
                .add("naics_code = :naics", "naics", slice.naicsCode())
                .add("placing_organization_id = :organization", "organization", slice.organizationId())
                .add("employer_county_fips = :county", "county", slice.employerCountyFips());
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /**
     * A slice's period split into whole months (null: unbounded) and the days before the first and after the last
     * whole month.
     */
    private record Period(LocalDate firstWholeMonth, LocalDate lastWholeMonth, LocalDate from, LocalDate to) {

        static Period of(PlacementSlice slice) {
            LocalDate from = slice.from();
            LocalDate to = slice.to();
            LocalDate first = from == null ? null
                    : from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate last = to == null ? null
                    : to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1)
                    : to.withDayOfMonth(1).minusMonths(1);
            return new Period(first, last, from, to);
        }

        boolean hasWholeMonths() {
            return firstWholeMonth == null || lastWholeMonth == null || !firstWholeMonth.isAfter(lastWholeMonth);
        }

        /** The days outside whole months, as {first, last} ranges counted from the placements. */
        List<LocalDate[]> partialMonths() {
            if (!hasWholeMonths()) {
                return from.isAfter(to) ? List.of() : List.<LocalDate[]>of(new LocalDate[] {from, to});
            }
            List<LocalDate[]> days = new ArrayList<>(2);
            if (from != null && !from.equals(firstWholeMonth)) {
                days.add(new LocalDate[] {from, firstWholeMonth.minusDays(1)});
            }
            if (to != null && !to.equals(YearMonth.from(lastWholeMonth).atEndOfMonth())) {
                days.add(new LocalDate[] {lastWholeMonth.plusMonths(1), to});
            }
            return days;
        }
    }
}
