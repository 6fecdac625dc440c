package org.partnerdashboard.placements;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.partnerdashboard.security.Disclosure;
import org.springframework.stereotype.Component;

/**
 * The outcomes of each cohort (placements that started in the same quarter), grouped and counted by the database,
 * each count with its cell key for disclosure control. Rows are {year, quarter, …} in order.
 */
@Component
class CohortQueries {

    private static final String PLACEMENT_KEY = Disclosure.RECORD_KEY_SQL.formatted("p.id");
    private static final String CHECK_KEY = Disclosure.RECORD_KEY_SQL.formatted("r.id");
    private static final String SEEKER_KEY = Disclosure.RECORD_KEY_SQL.formatted("x.job_seeker_id");
    private static final String COHORT = "EXTRACT(YEAR FROM p.start_date), EXTRACT(QUARTER FROM p.start_date)";
    private static final String PROGRAM_ENDED = "p.placement_type <> 'DIRECT_HIRE' AND p.status <> 'ACTIVE'";

    private final EntityManager entityManager;

    CohortQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * {year, quarter, placements, key, programs ended (training or apprenticeship completed or ended), key,
     * of them with a credential, key}.
     */
    List<Object[]> placements() {
        return rows("""
                SELECT %1$s, COUNT(*), SUM(%2$s),
                    SUM(CASE WHEN %3$s THEN 1 ELSE 0 END), SUM(CASE WHEN %3$s THEN %2$s ELSE 0 END),
                    SUM(CASE WHEN %3$s AND p.credential IS NOT NULL THEN 1 ELSE 0 END),
                    SUM(CASE WHEN %3$s AND p.credential IS NOT NULL THEN %2$s ELSE 0 END)
                FROM placement p GROUP BY %1$s ORDER BY 1, 2""".formatted(COHORT, PLACEMENT_KEY, PROGRAM_ENDED));
    }

    /** {year, quarter, people placed, key}: someone placed twice in a quarter counts once. */
    List<Object[]> people() {
        return rows("""
                SELECT x.y, x.q, COUNT(*), SUM(%s) FROM (SELECT DISTINCT EXTRACT(YEAR FROM p.start_date) AS y,
                    EXTRACT(QUARTER FROM p.start_date) AS q, p.job_seeker_id FROM placement p) x
                GROUP BY x.y, x.q ORDER BY 1, 2""".formatted(SEEKER_KEY));
    }

    /** {people placed over the whole campaign, key}. */
    Object[] peopleEver() {
        return (Object[]) entityManager.createNativeQuery("""
                SELECT COUNT(*), SUM(%s) FROM (SELECT DISTINCT p.job_seeker_id FROM placement p) x"""
                .formatted(SEEKER_KEY)).getSingleResult();
    }

    /** {year, quarter, milestone days, known outcomes, key, still employed, key}. */
    List<Object[]> retention() {
        return rows("""
                SELECT %1$s, r.milestone_days, COUNT(*), SUM(%2$s),
                    SUM(CASE WHEN r.outcome = 'STILL_EMPLOYED' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN r.outcome = 'STILL_EMPLOYED' THEN %2$s ELSE 0 END)
                FROM retention_check r JOIN placement p ON p.id = r.placement_id
                WHERE r.outcome IN ('STILL_EMPLOYED', 'LEFT')
                GROUP BY %1$s, r.milestone_days ORDER BY 1, 2, 3""".formatted(COHORT, CHECK_KEY));
    }

    /** {milestone days, known outcomes, key, still employed, key} of the placements that started in the year. */
    List<Object[]> retentionOfYear(int year) {
        return rows("""
                SELECT r.milestone_days, COUNT(*), SUM(%1$s),
                    SUM(CASE WHEN r.outcome = 'STILL_EMPLOYED' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN r.outcome = 'STILL_EMPLOYED' THEN %1$s ELSE 0 END)
                FROM retention_check r JOIN placement p ON p.id = r.placement_id
                WHERE r.outcome IN ('STILL_EMPLOYED', 'LEFT') AND EXTRACT(YEAR FROM p.start_date) = %2$d
                GROUP BY r.milestone_days ORDER BY 1""".formatted(CHECK_KEY, year));
    }

    /**
     * {year, quarter, placements with both wages, key, average wage at placement, average at the last follow-up
     * that recorded one}.
     */
    List<Object[]> wages() {
        return rows("""
                SELECT %1$s, COUNT(*), SUM(%2$s), AVG(p.hourly_wage), AVG(r.current_wage)
                FROM placement p JOIN retention_check r ON r.placement_id = p.id
                WHERE p.hourly_wage IS NOT NULL AND r.current_wage IS NOT NULL
                    AND r.milestone_days = (SELECT MAX(l.milestone_days) FROM retention_check l
                        WHERE l.placement_id = p.id AND l.current_wage IS NOT NULL)
                GROUP BY %1$s ORDER BY 1, 2""".formatted(COHORT, PLACEMENT_KEY));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return (List<Object[]>) entityManager.createNativeQuery(sql).getResultList();
    }
}
