package org.partnerdashboard.dashboards;

import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.indicators.IndicatorPoint;

/**
 * One subsector across the three programs: its QCEW figures in the latest quarter, the campaign's placements in it,
 * and the Supply Chain Center's approved suppliers in it.
 *
 * @param latest                  null when the area has no figures for the subsector that quarter
 * @param employmentChangePercent over the year; null when either quarter is withheld or missing
 * @param placements              to date; null when suppressed for the viewer (fewer than 5 people)
 */
public record SubsectorSummary(Subsector subsector, IndicatorPoint latest, Double employmentChangePercent,
        Long placements, long approvedSuppliers) {
}
