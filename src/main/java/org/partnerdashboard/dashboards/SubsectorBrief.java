package org.partnerdashboard.dashboards;

import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.ManualIndicatorRow;
import org.partnerdashboard.indicators.Quarter;

/**
 * The bi-monthly infographic's content for one subsector, area and quarter.
 *
 * @param current       the quarter's figures (null when none)
 * @param yearBefore    the same quarter a year before, for the over-the-year arrows (null when none)
 * @param trend         the last twelve quarters up to the quarter, oldest first
 * @param placements    the campaign's placements in the subsector to date (null: suppressed for the viewer)
 * @param topEmployers  the employers hiring the most through the campaign in the subsector (counts may be null:
 *                      suppressed)
 * @param otherFigures  figures research editors entered for the subsector, area and quarter (job openings, surveys)
 */
public record SubsectorBrief(Subsector subsector, String areaFips, String areaName, Quarter quarter,
        IndicatorPoint current, IndicatorPoint yearBefore, List<IndicatorPoint> trend, Long placements,
        List<GroupCount> topEmployers, long approvedSuppliers, List<ManualIndicatorRow> otherFigures) {
}
