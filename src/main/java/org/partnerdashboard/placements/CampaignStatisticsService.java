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
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign progress figures for any signed-in user: exact for who may see them, otherwise through the
 * disclosure control (every count rounded to a multiple of 5, periods in whole months; decision record 007).
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

    @PreAuthorize("hasRole('STAFF')")
    public CampaignStatistics statistics() {
        Disclosure disclosure = currentUser.disclosure();
        CampaignSettings campaign = placements.campaignSettings();
        LocalDate today = LocalDate.now(clock);
        return new CampaignStatistics(
                placements.campaignProgress(PlacementSlice.ALL, disclosure),
                placements.placementsByOrganization(PlacementSlice.ALL.between(campaign.start(), today), disclosure),
                placementsBySubsector(PlacementSlice.ALL),
                mixed(queries.countsByType(), r -> r[0].toString(), r -> r[0].toString(), disclosure),
                lastMonths(monthCounts.monthly(PlacementSlice.ALL).stream().map(m -> new MonthlyCount(m.month(),
                        disclosure.count(m.placements(), m.keySum(), null))).toList(), YearMonth.now(clock), 24),
                queries.medianWageByYear().stream().map(k -> disclosure.exactFor(null) ? k.median()
                        : new MedianWage(k.median().year(), disclosure.count(k.median().wages(), k.keySum(), null),
                                k.median().wages() >= Disclosure.BASE ? k.median().median() : null)).toList(),
                queries.retention().stream().map(r -> {
                    long known = disclosure.count(number(r[1]), number(r[2]), null);
                    long employed = disclosure.count(number(r[3]), number(r[4]), null);
                    return new RetentionRate(((Number) r[0]).intValue(), known, known == 0 ? null : employed);
                }).toList(),
                disclosure.accuracy());
    }

    /** Placements to date per subsector (rounded for viewers without exact rights). */
    @PreAuthorize("hasRole('STAFF')")
    public List<GroupCount> placementsBySubsector() {
        return placementsBySubsector(PlacementSlice.ALL);
    }

    /** The same for a slice of the campaign. */
    @PreAuthorize("hasRole('STAFF')")
    public List<GroupCount> placementsBySubsector(PlacementSlice slice) {
        return placementsBySubsector(slice, currentUser.disclosure());
    }

    /** The same for an audience (rounded, whole months, unless it may see the slice exactly). */
    @PreAuthorize("hasRole('STAFF')")
    public List<GroupCount> placementsBySubsector(PlacementSlice slice, Disclosure disclosure) {
        return monthCounts.bySubsector(slice.coarsenedFor(disclosure)).stream().map(r -> new GroupCount(
                (String) r[0], Subsector.label((String) r[0], (String) r[1]), disclosure.count(number(r[2]), number(r[3]),
                        slice.organizationId()))).toList();
    }

    /**
     * The employers that hired the most people through the campaign in a subsector, most first; for viewers who see
     * rounded figures, employers whose count rounds to nothing are left out.
     */
    @PreAuthorize("hasRole('STAFF')")
    public List<GroupCount> topEmployers(String naicsCode, int limit) {
        return mixed(queries.countsByEmployer(naicsCode, limit), r -> String.valueOf(r[0]), r -> (String) r[1],
                currentUser.disclosure()).stream().filter(g -> g.count() > 0).toList();
    }

    /** Rows of {key, label…, count, key sum} about several organizations' people, as the viewer may see them. */
    private static List<GroupCount> mixed(List<Object[]> rows, Function<Object[], String> key,
            Function<Object[], String> label, Disclosure disclosure) {
        return rows.stream().map(r -> new GroupCount(key.apply(r), label.apply(r),
                disclosure.count(number(r[r.length - 2]), number(r[r.length - 1]), null))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
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
