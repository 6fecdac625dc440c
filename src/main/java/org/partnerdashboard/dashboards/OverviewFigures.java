package org.partnerdashboard.dashboards;

import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.placements.CampaignProgress;

/**
 * The partnership's headline figures across programs for a filter.
 *
 * @param progress                the campaign's cumulative placements in the filter's subsector, organization and
 *                                county (all months)
 * @param placementsInPeriod      placements started in the filter's period (this year when it has none)
 * @param suppliersByCounty       approved suppliers per county (elsewhere last, empty key)
 * @param employment              manufacturing (or the subsector's) employment in the county (or the metro area),
 *                                latest quarter in the period; null without figures
 * @param employmentChangePercent over the year; null when unknown
 */
public record OverviewFigures(CampaignProgress progress, long placementsInPeriod, long approvedSuppliers,
        List<GroupCount> suppliersByCounty, long openRequests, IndicatorPoint employment,
        Double employmentChangePercent) {
}
