package org.partnerdashboard.dashboards.api;

import java.time.Clock;
import java.time.LocalDate;
import org.partnerdashboard.base.County;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.dashboards.OverviewStats;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only stats API (described in /api/openapi.yaml): the overview's figures as JSON for slides and other
 * tools, with the same filters as the dashboard. Callers present an organization's token; they see aggregates
 * only, and the figures come from the same shared computation as the open dashboards.
 */
@RestController
public class StatsApiController {

    private final OverviewService overview;
    private final Clock clock;

    StatsApiController(OverviewService overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping("/api/stats/overview")
    public OverviewStats overview(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String county, @RequestParam(required = false) String subsector,
            @RequestParam(required = false) Long organization) {
        DashboardFilter filter = overview.effectiveFilter(new DashboardFilter(from, to,
                County.isIllinoisFips(county) ? county : null,
                Subsector.isCode(subsector) ? subsector : null, organization));
        OverviewFigures f = overview.figures(filter);
        var employment = f.employment() == null ? null : new OverviewStats.Employment(f.employment().areaFips(),
                f.employment().industryCode(), f.employment().quarter().toString(),
                f.employment().disclosed() ? f.employment().employment() : null, f.employmentChangePercent(),
                f.employment().source());
        return new OverviewStats(filter, LocalDate.now(clock), f.progress().placementsToDate(), f.progress().goal(),
                Math.round(f.progress().percentOfGoal() * 10) / 10.0, f.placementsInPeriod(), f.approvedSuppliers(),
                f.openRequests(), employment,
                overview.placementsByOrganization(filter).stream().map(StatsApiController::group).toList(),
                overview.placementsBySubsector(filter).stream().map(StatsApiController::group).toList());
    }

    private static OverviewStats.Group group(GroupCount g) {
        return new OverviewStats.Group(g.key(), g.label(), g.count());
    }
}
