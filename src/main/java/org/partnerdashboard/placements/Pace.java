package org.partnerdashboard.placements;

import java.time.LocalDate;

/**
 * Where one organization (or the campaign) stands against a year's placement target on a day.
 * <p>
 * The year's target is spread evenly over its days: on June 30 (day 181 of 365) half of it, 49.6%, is expected.
 * The rate still needed spreads what is left over the rest of the year in months of 365/12 days, so it grows as the
 * year runs out and is null once the target is met or the year is over.
 *
 * @param target         the year's target, or null when none is set
 * @param actual         placements that started in the year up to the day
 * @param expected       how many an even pace would have reached by the day
 * @param neededPerMonth placements a month still needed to reach the target by December 31, or null
 */
public record Pace(Integer target, long actual, double expected, Status status, Double neededPerMonth) {

    /** Ahead or within half a placement of an even pace: on track; within 15% of it: at risk; further: behind. */
    static final double AT_RISK_SHARE = 0.85;

    public enum Status {
        NO_TARGET, MET, ON_TRACK, AT_RISK, BEHIND
    }

    public static Pace of(Integer target, long actual, int year, LocalDate today) {
        double yearDays = LocalDate.of(year, 12, 31).getDayOfYear();
        double elapsedDays = year < today.getYear() ? yearDays : year > today.getYear() ? 0 : today.getDayOfYear();
        if (target == null) {
            return new Pace(null, actual, 0, Status.NO_TARGET, null);
        }
        double expected = target * elapsedDays / yearDays;
        double monthsLeft = (yearDays - elapsedDays) / (yearDays / 12);
        Double needed = actual >= target || monthsLeft <= 0 ? null : (target - actual) / monthsLeft;
        Status status;
        if (actual >= target) {
            status = Status.MET;
        } else if (actual >= expected - 0.5) {
            status = Status.ON_TRACK;
        } else if (actual >= AT_RISK_SHARE * expected) {
            status = Status.AT_RISK;
        } else {
            status = Status.BEHIND;
        }
        return new Pace(target, actual, expected, status, needed);
    }

    /** Placements short of an even pace, rounded (negative when ahead). */
    public long behindBy() {
        return Math.round(expected - actual);
    }
}
