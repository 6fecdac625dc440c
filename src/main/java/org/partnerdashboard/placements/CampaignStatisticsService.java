package org.partnerdashboard.placements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.security.AccessScope;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.SmallGroups;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign progress figures for any signed-in user. Breakdowns that could point to fewer than five people
 * are suppressed for viewers who may not see those people; campaign-wide time series are shown whole.
 */
@Service
@Transactional(readOnly = true)
public class CampaignStatisticsService {

    private final CampaignStatisticsQueries queries;
    private final PlacementService placements;
    private final PlacementMonthCounts monthCounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    CampaignStatisticsService(CampaignStatisticsQueries queries, PlacementService placements,
            PlacementMonthCounts monthCounts, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.placements = placements;
        this.monthCounts = monthCounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public CampaignStatistics statistics() {
        AccessScope viewer = currentUser.scope();
        CampaignSettings campaign = placements.campaignSettings();
        LocalDate today = LocalDate.now(clock);
        return new CampaignStatistics(
                placements.campaignProgress(),
                placements.placementsByOrganization(campaign.start(), today),
                placementsBySubsector(PlacementSlice.ALL),
                mixed(queries.countsByType(), r -> r[0].toString(), r -> r[0].toString(), r -> r[1], viewer),
                lastMonths(monthCounts.monthly(PlacementSlice.ALL), YearMonth.now(clock), 24),
                queries.medianWageByYear().stream().map(m -> m.wages() >= SmallGroups.THRESHOLD
                        || viewer.seesExactCountsOfAllOrganizations() ? m : new MedianWage(m.year(), m.wages(), null))
                        .toList(),
                queries.retention().stream().map(r -> {
                    long known = ((Number) r[1]).longValue();
                    long employed = ((Number) r[2]).longValue();
                    return new RetentionRate(((Number) r[0]).intValue(), known,
                            SmallGroups.suppressedAcrossOrganizations(known, viewer) ? null : employed);
                }).toList());
    }

    /** Placements to date per subsector (small groups suppressed for viewers outside the organizations). */
    @PreAuthorize("isAuthenticated()")
    public List<GroupCount> placementsBySubsector() {
        return placementsBySubsector(PlacementSlice.ALL);
    }

    /** The same for a slice of the campaign. */
    @PreAuthorize("isAuthenticated()")
    public List<GroupCount> placementsBySubsector(PlacementSlice slice) {
        return mixed(monthCounts.bySubsector(slice), r -> (String) r[0], r -> r[0] + " " + r[1],
                r -> r[2], currentUser.scope());
    }

    /** The employers that hired the most people through the campaign in a subsector, most first. */
    @PreAuthorize("isAuthenticated()")
    public List<GroupCount> topEmployers(String naicsCode, int limit) {
        return mixed(queries.countsByEmployer(naicsCode, limit), r -> String.valueOf(r[0]), r -> (String) r[1],
                r -> r[2], currentUser.scope());
    }

    private static List<GroupCount> mixed(List<Object[]> rows, Function<Object[], String> key,
            Function<Object[], String> label, Function<Object[], Object> count, AccessScope viewer) {
        return rows.stream().map(r -> {
            long n = ((Number) count.apply(r)).longValue();
            return new GroupCount(key.apply(r), label.apply(r),
                    SmallGroups.suppressedAcrossOrganizations(n, viewer) ? null : n);
        }).toList();
    }

    /** The last {@code months} months up to the current one, with zero for months without placements. */
    static List<MonthlyCount> lastMonths(List<MonthlyCount> counts, YearMonth current, int months) {
        Map<YearMonth, Long> byMonth = counts.stream()
                .collect(Collectors.toMap(MonthlyCount::month, MonthlyCount::placements));
        List<MonthlyCount> series = new ArrayList<>(months);
        for (int i = months - 1; i >= 0; i--) {
            YearMonth month = current.minusMonths(i);
            series.add(new MonthlyCount(month, byMonth.getOrDefault(month, 0L)));
        }
        return series;
    }
}
