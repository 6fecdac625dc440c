package org.partnerdashboard.dashboards;

import java.time.LocalDate;
import java.util.List;

/**
 * The overview's figures as the stats API returns them (JSON). Aggregates only; a {@code placements} of null in a
 * breakdown is a group under 5 people, withheld.
 */
public record OverviewStats(DashboardFilter filter, LocalDate asOf, long placementsToDate, int goal,
        double percentOfGoal, long placementsInPeriod, long approvedSuppliers, long openRequests,
        Employment employment, List<Group> placementsByOrganization, List<Group> placementsBySubsector) {

    /** Manufacturing (or a subsector's) employment in the latest quarter; null fields when not disclosed. */
    public record Employment(String area, String industry, String quarter, Integer averageMonthlyEmployment,
            Double changeOverTheYearPercent, String source) {
    }

    public record Group(String key, String label, Long placements) {
    }
}
