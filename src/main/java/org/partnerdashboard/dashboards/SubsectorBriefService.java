package org.partnerdashboard.dashboards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerdashboard.base.AreaName;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.base.ReferenceDataService;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.IndicatorService;
import org.partnerdashboard.indicators.ManualIndicatorService;
import org.partnerdashboard.indicators.Quarter;
import org.partnerdashboard.placements.CampaignStatisticsService;
import org.partnerdashboard.placements.PlacementSlice;
import org.partnerdashboard.security.Disclosure;
import org.partnerdashboard.suppliers.SupplierNetworkService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Puts the three programs side by side per NAICS subsector, from the one data model: QCEW indicators, the
 * campaign's placements and the Supply Chain Center's suppliers. Each figure keeps its own program's rules (small
 * groups of people suppressed).
 */
@Service
@PreAuthorize("hasRole('STAFF')")
public class SubsectorBriefService {

    static final int TREND_QUARTERS = 12;
    static final int TOP_EMPLOYERS = 5;

    private final IndicatorService indicators;
    private final ManualIndicatorService manual;
    private final CampaignStatisticsService campaign;
    private final SupplierNetworkService suppliers;
    private final ReferenceDataService referenceData;

    SubsectorBriefService(IndicatorService indicators, ManualIndicatorService manual,
            CampaignStatisticsService campaign, SupplierNetworkService suppliers, ReferenceDataService referenceData) {
        this.indicators = indicators;
        this.manual = manual;
        this.campaign = campaign;
        this.suppliers = suppliers;
        this.referenceData = referenceData;
    }

    public Optional<Quarter> latestQuarter(String areaFips) {
        return indicators.latestQuarter(areaFips);
    }

    /** Every subsector in the area's latest quarter with figures, beside the campaign and the supplier network. */
    public List<SubsectorSummary> overview(String areaFips) {
        Optional<Quarter> latest = indicators.latestQuarter(areaFips);
        Map<String, IndicatorPoint> now = byIndustry(latest.map(q -> indicators.snapshot(areaFips, q)).orElse(List.of()));
        Map<String, IndicatorPoint> before = byIndustry(latest.map(q -> indicators.snapshot(areaFips, q.yearBefore()))
                .orElse(List.of()));
        Map<String, GroupCount> placements = byKey(campaign.placementsBySubsector());
        Map<String, GroupCount> network = byKey(suppliers.approvedBySubsector());
        return referenceData.subsectors().stream().map(s -> new SubsectorSummary(s, now.get(s.code()),
                now.containsKey(s.code()) ? now.get(s.code()).employmentChangeFrom(before.get(s.code())) : null,
                placements.containsKey(s.code()) ? placements.get(s.code()).count() : Long.valueOf(0),
                network.containsKey(s.code()) ? network.get(s.code()).count() : 0)).toList();
    }

    /** The infographic's content; the quarter defaults to the area's latest. */
    public SubsectorBrief brief(String subsectorCode, String areaFips, Quarter quarter) {
        return brief(subsectorCode, areaFips, quarter, campaign.placementsBySubsector(),
                campaign.topEmployers(subsectorCode, TOP_EMPLOYERS));
    }

    /**
     * The same for the public (the newsletter): placements rounded for an audience whoever asks, and no employers
     * named, since a rounded count beside a name still says who hired.
     */
    public SubsectorBrief briefForAudience(String subsectorCode, String areaFips, Quarter quarter) {
        return brief(subsectorCode, areaFips, quarter,
                campaign.placementsBySubsector(PlacementSlice.ALL, Disclosure.forAudience()), List.of());
    }

    private SubsectorBrief brief(String subsectorCode, String areaFips, Quarter quarter,
            List<GroupCount> placementsBySubsector, List<GroupCount> topEmployers) {
        Subsector subsector = referenceData.subsectors().stream().filter(s -> s.code().equals(subsectorCode))
                .findFirst().orElseThrow(() -> new InvalidInputException("brief.error.subsector"));
        AreaName area = referenceData.areas().stream().filter(a -> a.fips().equals(areaFips)).findFirst()
                .orElseThrow(() -> new InvalidInputException("brief.error.area"));
        Quarter period = quarter != null ? quarter : indicators.latestQuarter(areaFips)
                .orElseThrow(() -> new InvalidInputException("brief.error.no-figures"));
        List<IndicatorPoint> trend = indicators.series(Set.of(subsectorCode), Set.of(areaFips),
                period.minusYears(TREND_QUARTERS / 4).next(), period);
        IndicatorPoint current = trend.stream().filter(p -> p.quarter().equals(period)).findFirst().orElse(null);
        IndicatorPoint yearBefore = trend.stream().filter(p -> p.quarter().equals(period.yearBefore())).findFirst()
                .orElse(null);
        Long placements = placementsBySubsector.stream().filter(g -> g.key().equals(subsectorCode))
                .map(GroupCount::count).findFirst().orElse(0L);
        long network = suppliers.approvedBySubsector().stream().filter(g -> g.key().equals(subsectorCode))
                .mapToLong(GroupCount::count).sum();
        return new SubsectorBrief(subsector, areaFips, area.name(), period, current, yearBefore, trend, placements,
                topEmployers, network,
                manual.find(Set.of(subsectorCode), Set.of(areaFips), period, period));
    }


    private static Map<String, IndicatorPoint> byIndustry(List<IndicatorPoint> points) {
        Map<String, IndicatorPoint> map = new HashMap<>();
        points.forEach(p -> map.put(p.industryCode(), p));
        return map;
    }

    private static Map<String, GroupCount> byKey(List<GroupCount> groups) {
        Map<String, GroupCount> map = new HashMap<>();
        groups.forEach(g -> map.put(g.key(), g));
        return map;
    }
}
