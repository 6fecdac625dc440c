package org.partnerdashboard.placements;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.stereotype.Component;

/** The campaign's aggregates: each one query that the database groups and counts. */
@Component
class CampaignStatisticsQueries {

    private final EntityManager entityManager;

    CampaignStatisticsQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** {code, title, count}, largest first. */

    /** {employer id, name, count} for one subsector, most placements first. */
    List<Object[]> countsByEmployer(String naicsCode, int limit) {
        return entityManager.createQuery("""
                select e.id, e.name, count(p) from Placement p join p.employer e where p.naicsCode = :code
                group by e.id, e.name order by count(p) desc, e.name""", Object[].class)
                .setParameter("code", naicsCode).setMaxResults(limit).getResultList();
    }

    /** {type, count}. */
    List<Object[]> countsByType() {
        return entityManager.createQuery("""
                select p.placementType, count(p) from Placement p group by p.placementType order by p.placementType""",
                Object[].class).getResultList();
    }

    /** Median starting wage per start year, of placements with a wage (standard SQL, same on H2 and PostgreSQL). */
    List<MedianWage> medianWageByYear() {
        List<?> rows = entityManager.createNativeQuery("""
                SELECT EXTRACT(YEAR FROM start_date), COUNT(hourly_wage),
                       PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY hourly_wage)
                FROM placement WHERE hourly_wage IS NOT NULL
                GROUP BY EXTRACT(YEAR FROM start_date) ORDER BY 1""").getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new MedianWage(((Number) r[0]).intValue(),
                ((Number) r[1]).longValue(),
                new BigDecimal(r[2].toString()).setScale(2, RoundingMode.HALF_UP))).toList();
    }

    /** {milestone days, known outcomes, still employed} for checks whose outcome is employed or left. */
    List<Object[]> retention() {
        return entityManager.createQuery("""
                select r.milestoneDays, count(r),
                       sum(case when r.outcome = org.partnerdashboard.placements.RetentionOutcome.STILL_EMPLOYED
                           then 1 else 0 end)
                from RetentionCheck r
                where r.outcome in (org.partnerdashboard.placements.RetentionOutcome.STILL_EMPLOYED,
                                    org.partnerdashboard.placements.RetentionOutcome.LEFT)
                group by r.milestoneDays order by r.milestoneDays""", Object[].class).getResultList();
    }
}
