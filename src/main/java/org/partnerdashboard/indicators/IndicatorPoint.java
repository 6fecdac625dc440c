package org.partnerdashboard.indicators;

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
        if (before == null || !disclosed || !before.disclosed() || employment == null || before.employment() == null
                || before.employment() == 0) {
            return null;
        }
        return 100.0 * (employment - before.employment()) / before.employment();
    }
}
