package org.partnerdashboard.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One industry's figures in one area and quarter with the change of employment from the same quarter a year before.
 *
 * @param employmentChangePercent null when either year is withheld or missing
 */
public record IndicatorChange(IndicatorPoint point, Double employmentChangePercent) {

    /**
     * The points from {@code from} on, each with its over-the-year change, ordered by industry, area and quarter.
     *
     * @param points the points from a year before {@code from}, so the first year has its base
     */
    static List<IndicatorChange> overTheYear(List<IndicatorPoint> points, Quarter from) {
        Map<String, IndicatorPoint> byCell = new HashMap<>();
        points.forEach(p -> byCell.put(cell(p.industryCode(), p.areaFips(), p.quarter()), p));
        List<IndicatorChange> changes = new ArrayList<>();
        for (IndicatorPoint p : points) {
            if (p.quarter().compareTo(from) >= 0) {
                IndicatorPoint before = byCell.get(cell(p.industryCode(), p.areaFips(), p.quarter().yearBefore()));
                changes.add(new IndicatorChange(p, p.employmentChangeFrom(before)));
            }
        }
        changes.sort(Comparator.comparing((IndicatorChange c) -> c.point().industryCode())
                .thenComparing(c -> c.point().areaFips()).thenComparing(c -> c.point().quarter()));
        return changes;
    }

    private static String cell(String industry, String area, Quarter quarter) {
        return industry + "|" + area + "|" + quarter.index();
    }
}
