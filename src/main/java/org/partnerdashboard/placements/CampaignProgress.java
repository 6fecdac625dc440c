package org.partnerdashboard.placements;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The campaign's cumulative placements month by month against an even pace to the goal.
 *
 * @param points one point per campaign month; {@code cumulative} is null for months still to come
 */
public record CampaignProgress(int goal, long placementsToDate, List<Point> points) {

    /** One campaign month: placements so far (null in the future) and where an even pace would be. */
    public record Point(YearMonth month, Long cumulative, double goalPace) {
    }

    /**
     * Builds the series from monthly counts (ascending, any gaps). Counts before the campaign start
     * are folded into its first month; months after {@code currentMonth} get no actual value.
     */
    public static CampaignProgress of(CampaignSettings settings, List<MonthlyCount> monthlyCounts, YearMonth currentMonth) {
        return of(settings, monthlyCounts.stream().map(c -> new PlacementMonthCounts.MonthCell(c.month(),
                c.placements(), 0)).toList(), currentMonth, (exact, key) -> exact);
    }

    /**
     * The same from monthly cells, each cumulative figure (and the total) passed through {@code shown}: a viewer
     * without exact rights gets each one rounded by the cell key of the placements it adds up.
     */
    static CampaignProgress of(CampaignSettings settings, List<PlacementMonthCounts.MonthCell> cells,
            YearMonth currentMonth, ShownCount shown) {
        YearMonth first = YearMonth.from(settings.start());
        YearMonth last = YearMonth.from(settings.end());
        long months = ChronoUnit.MONTHS.between(first, last) + 1;
        List<Point> points = new ArrayList<>((int) months);
        Iterator<PlacementMonthCounts.MonthCell> counts = cells.iterator();
        PlacementMonthCounts.MonthCell next = counts.hasNext() ? counts.next() : null;
        long cumulative = 0;
        long cumulativeKey = 0;
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            while (next != null && !next.month().isAfter(month)) {
                cumulative += next.placements();
                cumulativeKey += next.keySum();
                next = counts.hasNext() ? counts.next() : null;
            }
            double pace = settings.goal() * (i + 1) / (double) months;
            points.add(new Point(month, month.isAfter(currentMonth) ? null : shown.of(cumulative, cumulativeKey),
                    pace));
        }
        long total = cells.stream().mapToLong(PlacementMonthCounts.MonthCell::placements).sum();
        long totalKey = cells.stream().mapToLong(PlacementMonthCounts.MonthCell::keySum).sum();
        return new CampaignProgress(settings.goal(), shown.of(total, totalKey), List.copyOf(points));
    }

    /** A count as the viewer may see it, from its exact value and its cell key. */
    @FunctionalInterface
    interface ShownCount {
        long of(long exact, long cellKey);
    }

    /** Placements that started in the year, up to the last month with figures. */
    public long placementsInYear(int year) {
        long before = 0;
        long upTo = 0;
        for (Point p : points) {
            if (p.cumulative() == null) {
                break;
            }
            if (p.month().getYear() < year) {
                before = p.cumulative();
            }
            if (p.month().getYear() <= year) {
                upTo = p.cumulative();
            }
        }
        return upTo - before;
    }

    /** Where an even pace to the goal would stand in the given month (0 before the campaign). */
    public double goalPaceIn(YearMonth month) {
        return points.stream().filter(p -> !p.month().isAfter(month)).reduce((a, b) -> b)
                .map(Point::goalPace).orElse(0.0);
    }

    public double percentOfGoal() {
        return 100.0 * placementsToDate / goal;
    }
}
