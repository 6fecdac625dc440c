package org.partnerdashboard.placements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * When the campaign reaches its goal at the rate it has been placing people, and what rate it needs to reach it by
 * the campaign's end.
 * <p>
 * The recent rate is the monthly average of the last 6 complete months, the long rate that of the last 24: the
 * projection is the month the goal is reached at the recent rate, and the range runs between the months the two
 * rates give (a rate of nothing never reaches it: that end of the range is open, null).
 *
 * @param neededPerMonth placements a month from today to reach the goal by the campaign's last day, or null once
 *                       the goal is reached or the campaign is over
 * @param projected      the month the goal is reached at the recent rate (null: never at that rate, or reached)
 * @param earliest       the earlier of the two rates' months
 * @param latest         the later of the two rates' months (null: one of the rates never reaches it)
 */
public record GoalProjection(int goal, long toDate, double recentRate, double longRate, Double neededPerMonth,
        YearMonth projected, YearMonth earliest, YearMonth latest) {

    static final int RECENT_MONTHS = 6;
    static final int LONG_MONTHS = 24;
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    /**
     * @param lastSix        placements in the 6 complete months before the current one
     * @param lastTwentyFour placements in the 24 complete months before the current one
     */
    public static GoalProjection of(int goal, long toDate, long lastSix, long lastTwentyFour, LocalDate today,
            LocalDate campaignEnd) {
        double recent = lastSix / (double) RECENT_MONTHS;
        double longer = lastTwentyFour / (double) LONG_MONTHS;
        long remaining = goal - toDate;
        if (remaining <= 0) {
            return new GoalProjection(goal, toDate, recent, longer, null, null, null, null);
        }
        double monthsToEnd = ChronoUnit.DAYS.between(today, campaignEnd) / DAYS_PER_MONTH;
        Double needed = monthsToEnd <= 0 ? null : remaining / monthsToEnd;
        YearMonth atRecent = reached(remaining, recent, today);
        YearMonth atLonger = reached(remaining, longer, today);
        YearMonth earliest = atRecent == null ? atLonger
                : atLonger == null || atRecent.isBefore(atLonger) ? atRecent : atLonger;
        YearMonth latest = atRecent == null || atLonger == null ? null
                : atRecent.isAfter(atLonger) ? atRecent : atLonger;
        return new GoalProjection(goal, toDate, recent, longer, needed, atRecent, earliest, latest);
    }

    /** The month {@code remaining} placements are reached at {@code rate} a month from the start of this month. */
    private static YearMonth reached(long remaining, double rate, LocalDate today) {
        if (rate <= 0) {
            return null;
        }
        long days = (long) Math.ceil(remaining / rate * DAYS_PER_MONTH);
        return YearMonth.from(today.withDayOfMonth(1).plusDays(days - 1));
    }

    public boolean reached() {
        return toDate >= goal;
    }

    /** The slower and faster of the two rates: the band the projection is drawn as. */
    public double slowerRate() {
        return Math.min(recentRate, longRate);
    }

    public double fasterRate() {
        return Math.max(recentRate, longRate);
    }
}
