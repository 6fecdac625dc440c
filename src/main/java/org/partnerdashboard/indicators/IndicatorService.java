package org.partnerdashboard.indicators;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subsector indicators as published statistics (no personal data, so every signed-in user may read them).
 * Where a cell has official BLS QCEW figures and figures from another source, the official ones are used.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class IndicatorService {

    /** The official source wins over any other for the same industry, area and quarter. */
    private static final String PREFERRED = """
            (i.source = 'BLS QCEW' or not exists (select 1 from SubsectorIndicator b where b.source = 'BLS QCEW'
                and b.industryCode = i.industryCode and b.areaFips = i.areaFips and b.periodYear = i.periodYear
                and b.periodQuarter = i.periodQuarter))""";
    private static final String POINT = """
            select i.industryCode, i.areaFips, i.periodYear, i.periodQuarter, i.disclosed, i.establishments,
                cast(i.month1Employment as Long) + i.month2Employment + i.month3Employment, i.averageWeeklyWage,
                i.source, i.comparisons
            from SubsectorIndicator i
            """;

    private final EntityManager entityManager;

    IndicatorService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The latest quarter with figures for the area. */
    public Optional<Quarter> latestQuarter(String areaFips) {
        Object[] latest = entityManager.createQuery("select max(i.periodYear * 10 + i.periodQuarter), count(i)"
                + " from SubsectorIndicator i where i.areaFips = :area", Object[].class)
                .setParameter("area", areaFips).getSingleResult();
        return latest[0] == null ? Optional.empty()
                : Optional.of(new Quarter(((Number) latest[0]).intValue() / 10, ((Number) latest[0]).intValue() % 10));
    }

    /** Every quarter with figures for the area, oldest first. */
    public List<Quarter> quarters(String areaFips) {
        return entityManager.createQuery("select distinct i.periodYear, i.periodQuarter from SubsectorIndicator i"
                        + " where i.areaFips = :area order by 1, 2", Object[].class)
                .setParameter("area", areaFips)
                .getResultStream()
                .map(r -> new Quarter(((Number) r[0]).intValue(), ((Number) r[1]).intValue()))
                .toList();
    }

    /** The figures of the industries in the areas from one quarter to another, by industry, area and quarter. */
    public List<IndicatorPoint> series(Collection<String> industries, Collection<String> areas, Quarter from,
            Quarter to) {
        if (industries.isEmpty() || areas.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery(POINT + """
                        where i.industryCode in :industries and i.areaFips in :areas
                            and i.periodYear * 10 + i.periodQuarter between :from and :to and """ + PREFERRED + """
                        order by i.industryCode, i.areaFips, i.periodYear, i.periodQuarter""", Object[].class)
                .setParameter("industries", industries)
                .setParameter("areas", areas)
                .setParameter("from", from.index())
                .setParameter("to", to.index())
                .getResultStream()
                .map(IndicatorService::point)
                .toList();
    }

    /** Every industry's figures for one area and quarter (31-33 and the subsectors). */
    public List<IndicatorPoint> snapshot(String areaFips, Quarter quarter) {
        return entityManager.createQuery(POINT + """
                        where i.areaFips = :area and i.periodYear = :year and i.periodQuarter = :quarter and """
                        + PREFERRED + " order by i.industryCode", Object[].class)
                .setParameter("area", areaFips)
                .setParameter("year", quarter.year())
                .setParameter("quarter", quarter.quarter())
                .getResultStream()
                .map(IndicatorService::point)
                .toList();
    }

    /** The figures from one quarter to another with each one's change from the same quarter a year before. */
    public List<IndicatorChange> overTheYear(Collection<String> industries, Collection<String> areas, Quarter from,
            Quarter to) {
        return IndicatorChange.overTheYear(series(industries, areas, from.yearBefore(), to), from);
    }

    /**
     * The industry in every metro area with BLS figures, in the latest quarter up to {@code upTo} that has at least
     * two of them (so there is something to compare); empty when no quarter has.
     */
    public Optional<MetroComparison> metroComparison(String industryCode, Quarter upTo) {
        List<IndicatorPoint> points = entityManager.createQuery(POINT + """
                        where i.industryCode = :industry and i.source = 'BLS QCEW'
                            and i.periodYear * 10 + i.periodQuarter <= :upTo
                            and i.areaFips in (select a.fips from Area a
                                where a.kind = org.partnerdashboard.base.Area.Kind.METRO)
                        order by i.periodYear desc, i.periodQuarter desc""", Object[].class)
                .setParameter("industry", industryCode)
                .setParameter("upTo", upTo.index())
                .getResultStream()
                .map(IndicatorService::point)
                .toList();
        Map<Quarter, List<IndicatorPoint>> byQuarter = points.stream()
                .collect(Collectors.groupingBy(IndicatorPoint::quarter, TreeMap::new, Collectors.toList()));
        return byQuarter.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .reduce((earlier, later) -> later)
                .map(e -> MetroComparison.of(industryCode, e.getKey(), e.getValue()));
    }

    /** BLS's annual averages of the industries in the areas over the years, by industry, area and year. */
    public List<AnnualPoint> annualAverages(Collection<String> industries, Collection<String> areas, int fromYear,
            int toYear) {
        if (industries.isEmpty() || areas.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select a from AnnualIndicator a where a.industryCode in :industries and a.areaFips in :areas
                            and a.periodYear between :from and :to
                        order by a.industryCode, a.areaFips, a.periodYear""", AnnualIndicator.class)
                .setParameter("industries", industries).setParameter("areas", areas)
                .setParameter("from", fromYear).setParameter("to", toYear)
                .getResultStream().map(AnnualIndicator::toPoint).toList();
    }

    /** Each subsector's share of the area's manufacturing employment in the quarter, largest first. */
    public List<EmploymentShare> employmentShares(String areaFips, Quarter quarter) {
        return EmploymentShare.of(snapshot(areaFips, quarter));
    }

    /** The quarter's employment is the mean of its three months, rounded half up as BLS rounds its averages. */
    private static IndicatorPoint point(Object[] r) {
        Long months = r[6] == null ? null : ((Number) r[6]).longValue();
        return new IndicatorPoint((String) r[0], (String) r[1], new Quarter(((Number) r[2]).intValue(),
                ((Number) r[3]).intValue()), (Boolean) r[4], (Integer) r[5],
                months == null ? null : (int) Math.round(months / 3.0), (Integer) r[7], (String) r[8],
                OfficialComparisons.of((BlsComparisons) r[9], (Integer) r[5], months, (Integer) r[7]));
    }
}
