package org.partnerdashboard.dashboards;

import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.placements.CampaignProgress;

/**
 * The partnership's headline figures across programs, the same for every viewer (campaign-wide totals only).
 *
 * @param employment              manufacturing (31-33) in the metro area, latest quarter; null without figures
 * @param employmentChangePercent over the year; null when unknown
 */
public record OverviewFigures(CampaignProgress progress, long placementsThisYear, long approvedSuppliers,
        long openRequests, IndicatorPoint employment, Double employmentChangePercent) {
}
