package org.partnerdashboard.indicators;

import java.util.function.Function;

/**
 * One industry's figures in one area and quarter. When not disclosed, the measures are null: unknown, never zero.
 *
 * @param employment the quarter's average monthly employment
 * @param source     "BLS QCEW" when official; QCEW figures win over any other source for the same cell
 */
public record IndicatorPoint(String industryCode, String areaFips, Quarter quarter, boolean disclosed,
        Integer establishments, Integer employment, Integer averageWeeklyWage, String source) {

    /** The change of employment from an earlier point in percent, or null when either is unknown. */
    public Double employmentChangeFrom(IndicatorPoint before) {
        return changeFrom(before, IndicatorPoint::employment);
    }

    /**
     * The change of a measure (employment, establishments, weekly wage) from an earlier point in percent; null when
     * either is withheld or missing, or the earlier one is zero.
     */
    public Double changeFrom(IndicatorPoint before, Function<IndicatorPoint, Integer> measure) {
        Integer now = disclosed ? measure.apply(this) : null;
        Integer earlier = before == null || !before.disclosed() ? null : measure.apply(before);
        if (now == null || earlier == null || earlier == 0) {
            return null;
        }
        return 100.0 * (now - earlier) / earlier;
    }
}
