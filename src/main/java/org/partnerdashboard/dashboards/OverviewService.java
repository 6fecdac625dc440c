package org.partnerdashboard.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.SharedResults;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.IndicatorService;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.placements.CampaignStatisticsService;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementSlice;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.partnerdashboard.sourcing.SourcingActivityService;
import org.partnerdashboard.suppliers.SupplierNetworkService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The overview dashboard's figures for a filter, computed once per filter and shared by every open dashboard until
 * their program's data changes ({@link SharedResults}): figures that are the same for everyone
 * under the filter's key, figures about people under one key per audience (decision record 007).
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class OverviewService {

    static final String METRO = "C1698";
    static final String SECTOR = "31-33";

    private final PlacementService placements;
    private final CampaignStatisticsService campaign;
    private final SupplierNetworkService suppliers;
    private final SourcingActivityService sourcing;
    private final IndicatorService indicators;
    private final SharedResults shared;
    private final CurrentUser currentUser;
    private final Clock clock;

    OverviewService(PlacementService placements, CampaignStatisticsService campaign, SupplierNetworkService suppliers,
            SourcingActivityService sourcing, IndicatorService indicators, SharedResults shared,
            CurrentUser currentUser, Clock clock) {
        this.placements = placements;
        this.campaign = campaign;
        this.suppliers = suppliers;
        this.sourcing = sourcing;
        this.indicators = indicators;
        this.shared = shared;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public OverviewFigures figures() {
        return figures(DashboardFilter.NONE);
    }

    /** The figures as the signed-in user may see them. */
    public OverviewFigures figures(DashboardFilter filter) {
        return figures(filter, currentUser.disclosure());
    }

    /** The figures for a room (roundtable mode): rounded and in whole months, whoever presents. */
    public OverviewFigures figuresForAudience(DashboardFilter filter) {
        return figures(filter, Disclosure.forAudience());
    }

    /**
     * The filter as the signed-in user's figures answer it: whole months for figures about people when the user
     * does not see them exactly (shown beside the figures and returned by the API, so nobody reads a day's figure
     * into a month's).
     */
    public DashboardFilter effectiveFilter(DashboardFilter filter) {
        Disclosure disclosure = currentUser.disclosure();
        return filter.withPeriod(disclosure.periodStart(filter.from(), filter.organizationId()),
                disclosure.periodEnd(filter.to(), filter.organizationId()));
    }

    /** How exactly the signed-in user sees figures about people (the charts' subtitles say it). */
    public FigureAccuracy figureAccuracy() {
        return currentUser.disclosure().accuracy();
    }

    /** Whether the signed-in user sees figures about people rounded (a note says so beside them). */
    public boolean roundsFigures() {
        return currentUser.disclosure().rounds();
    }

    /**
     * Each part is shared under its program, so a change recomputes only what it can have changed; figures about
     * people per audience (exact, one organization's, rounded).
     */
    private OverviewFigures figures(DashboardFilter filter, Disclosure disclosure) {
        PlacementSlice slice = slice(filter);
        String people = disclosure.audienceKey() + ":" + filter;
        var progress = shared.get(Program.PLACEMENTS, "progress:" + people,
                () -> placements.campaignProgress(slice, disclosure));
        long inPeriod = shared.get(Program.PLACEMENTS, "in-period:" + people,
                () -> placements.placementsIn(periodOf(slice), disclosure));
        List<GroupCount> byCounty = shared.get(Program.SUPPLIERS, "by-county:" + filter,
                () -> suppliers.approvedByCounty(filter.subsectorCode(), filter.from(), filter.to()));
        long approved = byCounty.stream().filter(g -> filter.countyFips() == null
                || g.key().equals(filter.countyFips())).mapToLong(GroupCount::count).sum();
        long openRequests = shared.get(Program.SOURCING, "open-requests:" + filter,
                () -> sourcing.openRequests(filter.countyFips(), filter.subsectorCode()));
        Employment employment = shared.get(Program.INDICATORS, "employment:" + filter, () -> employment(filter));
        return new OverviewFigures(progress, inPeriod, approved, byCounty, openRequests, employment.latest(),
                employment.changePercent());
    }

    /** Manufacturing (or the subsector's) employment in the county or metro area, and its change over the year. */
    private record Employment(IndicatorPoint latest, Double changePercent) {
    }

    private Employment employment(DashboardFilter filter) {
        String area = filter.countyFips() == null ? METRO : filter.countyFips();
        String industry = filter.subsectorCode() == null ? SECTOR : filter.subsectorCode();
        IndicatorPoint latest = latestQuarter(area, filter.to()).flatMap(q -> point(area, industry, q)).orElse(null);
        IndicatorPoint yearBefore = latest == null ? null
                : point(area, industry, latest.quarter().yearBefore()).orElse(null);
        return new Employment(latest, latest == null ? null : latest.employmentChangeFrom(yearBefore));
    }

    /** Placements per community organization in the filter's period, as the signed-in user may see them. */
    public List<GroupCount> placementsByOrganization(DashboardFilter filter) {
        return placementsByOrganization(filter, currentUser.disclosure());
    }

    /** The same for a room (roundtable mode). */
    public List<GroupCount> placementsByOrganizationForAudience(DashboardFilter filter) {
        return placementsByOrganization(filter, Disclosure.forAudience());
    }

    private List<GroupCount> placementsByOrganization(DashboardFilter filter, Disclosure disclosure) {
        return shared.get(Program.PLACEMENTS, "by-organization:" + disclosure.audienceKey() + ":" + filter,
                () -> placements.placementsByOrganization(periodOf(slice(filter)), disclosure));
    }

    /** Placements per subsector in the filter's period, as the signed-in user may see them. */
    public List<GroupCount> placementsBySubsector(DashboardFilter filter) {
        Disclosure disclosure = currentUser.disclosure();
        return shared.get(Program.PLACEMENTS, "by-subsector:" + disclosure.audienceKey() + ":" + filter,
                () -> campaign.placementsBySubsector(periodOf(slice(filter)), disclosure));
    }

    /** Placements per organization this year, for the unfiltered overview. */
    public List<GroupCount> placementsByOrganizationThisYear() {
        return placementsByOrganization(DashboardFilter.NONE);
    }

    private static PlacementSlice slice(DashboardFilter f) {
        return new PlacementSlice(f.subsectorCode(), f.organizationId(), f.countyFips(), f.from(), f.to());
    }

    /** The slice's period, or this year when the filter has none. */
    private PlacementSlice periodOf(PlacementSlice slice) {
        if (slice.from() != null || slice.to() != null) {
            return slice;
        }
        int year = LocalDate.now(clock).getYear();
        return slice.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private Optional<Quarter> latestQuarter(String area, LocalDate to) {
        Optional<Quarter> latest = indicators.latestQuarter(area);
        if (to == null || latest.isEmpty()) {
            return latest;
        }
        Quarter cap = new Quarter(to.getYear(), (to.getMonthValue() - 1) / 3 + 1);
        return Optional.of(latest.get().compareTo(cap) <= 0 ? latest.get() : cap);
    }

    private Optional<IndicatorPoint> point(String area, String industry, Quarter quarter) {
        return indicators.snapshot(area, quarter).stream().filter(p -> p.industryCode().equals(industry)).findFirst();
    }

    /** How many shared results were computed rather than served (figures and grid counts alike): tests, benchmark. */
    public long computations() {
        return shared.computations();
    }
}
