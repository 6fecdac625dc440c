package org.partnerdashboard.indicators.ui;

import org.partnerdashboard.indicators.IndicatorPoint;

/**
 * One line of the explorer's table: a point with its labels and its over-the-year employment change.
 *
 * @param employmentChangePercent null when either year is withheld or missing
 */
record ExplorerRow(IndicatorPoint point, String industryLabel, String areaLabel, Double employmentChangePercent) {
}
