package org.partnerdashboard.indicators;

/**
 * One industry's figures in one area and quarter. When not disclosed, the measures are null: unknown, never zero.
 *
 * @param employment the quarter's average monthly employment
 * @param source     "BLS QCEW" when official; QCEW figures win over any other source for the same cell
 */
public record IndicatorPoint(String industryCode, String areaFips, Quarter quarter, boolean disclosed,
        Integer establishments, Integer employment, Integer averageWeeklyWage, String source) {
}
