package org.partnerdashboard.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.IndicatorService;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.sourcing.SourcingActivityService;
import org.partnerdashboard.suppliers.SupplierNetworkService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The overview dashboard's figures, computed once and shared by every open dashboard until the data changes
 * ({@link LiveDashboards} clears the {@link SharedFigures}): figures that are the same for everyone under one key, breakdowns whose
 * small groups depend on the viewer under one key per kind of viewer.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class OverviewService {

    static final String METRO = "C1698";
    private static final String SECTOR = "31-33";

    private final PlacementService placements;
    private final SupplierNetworkService suppliers;
    private final SourcingActivityService sourcing;
    private final IndicatorService indicators;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SharedFigures shared;

    OverviewService(PlacementService placements, SupplierNetworkService suppliers, SourcingActivityService sourcing,
            IndicatorService indicators, SharedFigures shared, CurrentUser currentUser, Clock clock) {
        this.shared = shared;
        this.placements = placements;
        this.suppliers = suppliers;
        this.sourcing = sourcing;
        this.indicators = indicators;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public OverviewFigures figures() {
        return shared.get("figures", () -> {
            var progress = placements.campaignProgress();
            IndicatorPoint employment = indicators.latestQuarter(METRO)
                    .flatMap(q -> sector(q)).orElse(null);
            IndicatorPoint yearBefore = employment == null ? null : sector(employment.quarter().yearBefore()).orElse(null);
            return new OverviewFigures(progress, progress.placementsInYear(LocalDate.now(clock).getYear()),
                    suppliers.approvedBySubsector().stream().mapToLong(GroupCount::count).sum(),
                    sourcing.openRequests(), employment,
                    employment == null ? null : employment.employmentChangeFrom(yearBefore));
        });
    }

    /** Placements per community organization this year; small groups suppressed for this kind of viewer. */
    public List<GroupCount> placementsByOrganizationThisYear() {
        AccessScope viewer = currentUser.scope();
        String kind = viewer.role() + (viewer.limitedToOwnOrganization() || viewer.seesExactCountsOfAllOrganizations()
                ? ":" + viewer.organizationId() : "");
        return shared.get("by-organization:" + kind, () -> {
            int year = LocalDate.now(clock).getYear();
            return placements.placementsByOrganization(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        });
    }

    private java.util.Optional<IndicatorPoint> sector(Quarter quarter) {
        return indicators.snapshot(METRO, quarter).stream().filter(p -> p.industryCode().equals(SECTOR)).findFirst();
    }


    /** How many times figures were computed (not served from the shared cache): for tests and the benchmark. */
    public long computations() {
        return shared.computations();
    }

}
