package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How placed people fare, cohort by cohort (the quarter a placement started): retention at 30, 90 and 180 days,
 * the wage at placement against the last follow-up, people against placements, and the credentials completed
 * programs earned. Every count goes through the disclosure control; averages of fewer than five are not shown to
 * viewers who see rounded counts.
 */
@Service
@Transactional(readOnly = true)
public class OutcomesService {

    private static final int[] MILESTONES = {30, 90, 180};

    private final CohortQueries queries;
    private final CurrentUser currentUser;

    OutcomesService(CohortQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('STAFF')")
    public CampaignOutcomes outcomes() {
        return outcomes(currentUser.disclosure());
    }

    /** The same for an audience (a funder report leaving the partnership). */
    @PreAuthorize("hasRole('STAFF')")
    public CampaignOutcomes outcomes(Disclosure disclosure) {
        Map<String, Object[]> people = byCohort(queries.people());
        Map<String, Object[]> wages = byCohort(queries.wages());
        Map<String, List<RetentionRate>> retention = new HashMap<>();
        for (Object[] r : queries.retention()) {
            long known = disclosure.count(number(r[3]), number(r[4]), null);
            long employed = disclosure.count(number(r[5]), number(r[6]), null);
            retention.computeIfAbsent(key(r), k -> new ArrayList<>())
                    .add(new RetentionRate(((Number) r[2]).intValue(), known, known == 0 ? null : employed));
        }
        List<CohortOutcome> cohorts = new ArrayList<>();
        long placements = 0;
        long placementsKey = 0;
        long ended = 0;
        long endedKey = 0;
        long credentials = 0;
        long credentialsKey = 0;
        for (Object[] p : queries.placements()) {
            String cohort = key(p);
            Object[] person = people.get(cohort);
            Object[] wage = wages.get(cohort);
            long withWages = wage == null ? 0 : number(wage[2]);
            boolean showWages = withWages > 0 && (disclosure.exactFor(null) || withWages >= Disclosure.BASE);
            cohorts.add(new CohortOutcome(((Number) p[0]).intValue(), ((Number) p[1]).intValue(),
                    disclosure.count(number(p[2]), number(p[3]), null),
                    person == null ? 0 : disclosure.count(number(person[2]), number(person[3]), null),
                    retention.getOrDefault(cohort, List.of()),
                    wage == null ? 0 : disclosure.count(withWages, number(wage[3]), null),
                    showWages ? money(wage[4]) : null, showWages ? money(wage[5]) : null,
                    disclosure.count(number(p[4]), number(p[5]), null),
                    disclosure.count(number(p[6]), number(p[7]), null)));
            placements += number(p[2]);
            placementsKey += number(p[3]);
            ended += number(p[4]);
            endedKey += number(p[5]);
            credentials += number(p[6]);
            credentialsKey += number(p[7]);
        }
        Object[] everyone = queries.peopleEver();
        return new CampaignOutcomes(List.copyOf(cohorts), disclosure.count(placements, placementsKey, null),
                disclosure.count(number(everyone[0]), number(everyone[1]), null),
                disclosure.count(ended, endedKey, null), disclosure.count(credentials, credentialsKey, null),
                disclosure.accuracy());
    }

    /**
     * Still employed at 30, 90 and 180 days among the placements that started in the year, each milestone one
     * group (so rounding for an audience happens once, not per quarter).
     */
    @PreAuthorize("hasRole('STAFF')")
    public List<RetentionRate> retentionOfYear(int year, Disclosure disclosure) {
        return queries.retentionOfYear(year).stream().map(r -> {
            long known = disclosure.count(number(r[1]), number(r[2]), null);
            long employed = disclosure.count(number(r[3]), number(r[4]), null);
            return new RetentionRate(((Number) r[0]).intValue(), known, known == 0 ? null : employed);
        }).toList();
    }

    private static Map<String, Object[]> byCohort(List<Object[]> rows) {
        Map<String, Object[]> map = new HashMap<>();
        rows.forEach(r -> map.put(key(r), r));
        return map;
    }

    private static String key(Object[] row) {
        return ((Number) row[0]).intValue() + "-" + ((Number) row[1]).intValue();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal money(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
