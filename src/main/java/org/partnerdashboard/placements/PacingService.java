package org.partnerdashboard.placements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the campaign and each organization are on pace for the year's targets, and when the goal is reached at
 * the recent rate. Counts go through the disclosure control like every figure about people: a viewer who sees an
 * organization's counts rounded gets its pace worked out from the rounded counts.
 */
@Service
@Transactional(readOnly = true)
public class PacingService {

    private final PlacementService placements;
    private final TargetPlans targets;
    private final CurrentUser currentUser;
    private final Clock clock;

    PacingService(PlacementService placements, TargetPlans targets, CurrentUser currentUser, Clock clock) {
        this.placements = placements;
        this.targets = targets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('STAFF')")
    public CampaignPacing pacing(int year) {
        return pacing(year, currentUser.disclosure());
    }

    /** The same for an audience (a funder report leaving the partnership: rounded, whole months). */
    @PreAuthorize("hasRole('STAFF')")
    public CampaignPacing pacing(int year, Disclosure disclosure) {
        LocalDate today = LocalDate.now(clock);
        CampaignSettings campaign = placements.campaignSettings();
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = year < today.getYear() ? LocalDate.of(year, 12, 31) : today;
        boolean started = !from.isAfter(to);
        Map<Long, Long> counts = !started ? Map.of()
                : placements.placementsByOrganization(PlacementSlice.ALL.between(from, to), disclosure).stream()
                        .filter(g -> g.count() != null)
                        .collect(Collectors.toMap(g -> Long.valueOf(g.key()), GroupCount::count));
        List<OrganizationTargets> planned = targets.targets(year);
        List<CampaignPacing.OrganizationPace> organizations = planned.stream()
                .map(o -> new CampaignPacing.OrganizationPace(o.organizationId(), o.organizationName(),
                        Pace.of(o.yearTarget(), counts.getOrDefault(o.organizationId(), 0L), year, today)))
                .toList();
        List<Integer> set = planned.stream().map(OrganizationTargets::yearTarget).filter(Objects::nonNull).toList();
        Integer campaignTarget = set.isEmpty() ? null : set.stream().mapToInt(Integer::intValue).sum();
        long campaignActual = started ? placements.placementsIn(PlacementSlice.ALL.between(from, to), disclosure) : 0;

        return new CampaignPacing(year, today, Pace.of(campaignTarget, campaignActual, year, today),
                projection(disclosure), organizations, disclosure.accuracy());
    }

    /** When the goal is reached at the recent rates (the goal chart's band), without the year's paces. */
    @PreAuthorize("hasRole('STAFF')")
    public GoalProjection projection() {
        return projection(currentUser.disclosure());
    }

    private GoalProjection projection(Disclosure disclosure) {
        LocalDate today = LocalDate.now(clock);
        CampaignSettings campaign = placements.campaignSettings();
        YearMonth current = YearMonth.from(today);
        long toDate = placements.placementsIn(PlacementSlice.ALL.between(campaign.start(), today), disclosure);
        long lastSix = completeMonths(current, GoalProjection.RECENT_MONTHS, disclosure);
        long lastTwentyFour = completeMonths(current, GoalProjection.LONG_MONTHS, disclosure);
        return GoalProjection.of(campaign.goal(), toDate, lastSix, lastTwentyFour, today, campaign.end());
    }

    /** Placements in the {@code months} complete months before the current one. */
    private long completeMonths(YearMonth current, int months, Disclosure disclosure) {
        return placements.placementsIn(PlacementSlice.ALL.between(current.minusMonths(months).atDay(1),
                current.minusMonths(1).atEndOfMonth()), disclosure);
    }
}
