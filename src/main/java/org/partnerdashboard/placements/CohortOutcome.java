package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.util.List;

/**
 * What became of the placements that started in one quarter, as exact as the viewer may see it.
 *
 * @param people         the people among them (someone placed twice in the quarter counts once)
 * @param retention      still employed at 30, 90 and 180 days, of those whose outcome is known
 * @param withWages      placements with a wage at placement and at a later follow-up
 * @param startWage      their average hourly wage at placement (null when too few to show)
 * @param lastWage       their average at the last follow-up that recorded one (null when too few to show)
 * @param programsEnded  trainings and apprenticeships completed or ended
 * @param credentials    of them, those that earned a credential
 */
public record CohortOutcome(int year, int quarter, long placements, long people, List<RetentionRate> retention,
        long withWages, BigDecimal startWage, BigDecimal lastWage, long programsEnded, long credentials) {

    /** "2025 Q3". */
    public String label() {
        return year + " Q" + quarter;
    }

    /** Percent still employed at the milestone, or null when nothing is known yet. */
    public Double retentionPercent(int milestoneDays) {
        return retention.stream().filter(r -> r.milestoneDays() == milestoneDays).findFirst()
                .map(RetentionRate::percent).orElse(null);
    }

    /** The change in average hourly wage from placement to the last follow-up, or null. */
    public BigDecimal wageChange() {
        return startWage == null || lastWage == null ? null : lastWage.subtract(startWage);
    }

    /** Percent of ended programs that earned a credential, or null when none ended. */
    public Double credentialPercent() {
        return programsEnded == 0 ? null : 100.0 * credentials / programsEnded;
    }
}
