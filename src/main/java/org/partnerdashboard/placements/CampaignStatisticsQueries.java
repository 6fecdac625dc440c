package org.partnerdashboard.placements;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.partnerdashboard.security.Disclosure;
import org.springframework.stereotype.Component;

/**
 * The campaign's aggregates: each one query that the database groups and counts, with the cell key of every count
 * (the sum of its records' keys, for disclosure control).
 */
@Component
class CampaignStatisticsQueries {

    private static final String PLACEMENT_KEY = Disclosure.RECORD_KEY_SQL.formatted("p.id");
    private static final String CHECK_KEY = Disclosure.RECORD_KEY_SQL.formatted("r.id");

    private final EntityManager entityManager;

    CampaignStatisticsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {employer id, name, count, key sum} for one subsector, most placements first. */
    List<Object[]> countsByEmployer(String naicsCode, int limit) {
        return rows(entityManager.createNativeQuery("""
                SELECT e.id, e.name, COUNT(*), SUM(%s) FROM placement p JOIN organization e ON e.id = p.employer_id
                WHERE p.naics_code = :code
                GROUP BY e.id, e.name ORDER BY COUNT(*) DESC, e.name""".formatted(PLACEMENT_KEY))
                .setParameter("code", naicsCode).setMaxResults(limit).getResultList());
    }

    /** {type, count, key sum}. */
    List<Object[]> countsByType() {
        return rows(entityManager.createNativeQuery("""
                SELECT p.placement_type, COUNT(*), SUM(%s) FROM placement p
                GROUP BY p.placement_type ORDER BY p.placement_type""".formatted(PLACEMENT_KEY)).getResultList());
    }

    /**
     * Median starting wage per start year, of placements with a wage (standard SQL, same on H2 and PostgreSQL), with
     * the key sum of the wages counted.
     */
    List<KeyedMedian> medianWageByYear() {
        List<Object[]> rows = rows(entityManager.createNativeQuery("""
                SELECT EXTRACT(YEAR FROM p.start_date), COUNT(p.hourly_wage),
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY p.hourly_wage), SUM(%s)
                FROM placement p WHERE p.hourly_wage IS NOT NULL
                GROUP BY EXTRACT(YEAR FROM p.start_date) ORDER BY 1""".formatted(PLACEMENT_KEY)).getResultList());
        return rows.stream().map(r -> new KeyedMedian(new MedianWage(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(), new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP)),
                ((Number) r[3]).longValue())).toList();
    }

    /** A year's median wage and the cell key of the wages it was taken over. */
    record KeyedMedian(MedianWage median, long keySum) {
    }

    /**
     * {milestone days, known outcomes, their key sum, still employed, their key sum} for checks whose outcome is
     * employed or left.
     */
    List<Object[]> retention() {
        return rows(entityManager.createNativeQuery("""
                SELECT r.milestone_days, COUNT(*), SUM(%1$s),
                       SUM(CASE WHEN r.outcome = 'STILL_EMPLOYED' THEN 1 ELSE 0 END),
                       SUM(CASE WHEN r.outcome = 'STILL_EMPLOYED' THEN %1$s ELSE 0 END)
                FROM retention_check r WHERE r.outcome IN ('STILL_EMPLOYED', 'LEFT')
                GROUP BY r.milestone_days ORDER BY r.milestone_days""".formatted(CHECK_KEY)).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
