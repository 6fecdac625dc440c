package org.partnerdashboard.placements;

import java.util.List;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.GroupCount;

/** Every figure of the campaign progress page, computed by the database, as exact as this viewer may see them. */
public record CampaignStatistics(
        CampaignProgress progress,
        List<GroupCount> byOrganization,
        List<GroupCount> bySubsector,
        List<GroupCount> byType,
        List<MonthlyCount> lastTwoYears,
        List<MedianWage> medianWageByYear,
        List<RetentionRate> retention,
        FigureAccuracy accuracy) {
}
