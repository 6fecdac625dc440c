package org.partnerdashboard.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.partnerdashboard.calendar.CalendarService;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.OverviewFigures;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.dashboards.SubsectorBriefService;
import org.partnerdashboard.placements.CampaignProgress;
import org.springframework.stereotype.Component;

/**
 * Gathers an issue's content from the partnership's services, always as for the public: placements rounded and
 * counted in whole months that have ended, subsector briefs without named employers.
 */
@Component
class IssueContents {

    static final int EVENTS = 5;
    static final int EVENT_DAYS_AHEAD = 90;

    private final SubsectorBriefService briefs;
    private final OverviewService overview;
    private final CalendarService calendar;
    private final Clock clock;

    IssueContents(SubsectorBriefService briefs, OverviewService overview, CalendarService calendar, Clock clock) {
        this.briefs = briefs;
        this.overview = overview;
        this.calendar = calendar;
        this.clock = clock;
    }

    IssueContent gather(Integer number, IssueDraft draft) {
        LocalDate today = LocalDate.now(clock);
        var briefList = draft.briefs().stream()
                .map(b -> briefs.briefForAudience(b.subsectorCode(), b.areaFips(), b.quarter())).toList();
        IssueContent.CampaignFigures campaign = null;
        IssueContent.SupplyChainFigures supplyChain = null;
        if (draft.withCampaign() || draft.withSupplyChain()) {
            OverviewFigures figures = overview.figuresForAudience(DashboardFilter.NONE);
            campaign = draft.withCampaign() ? campaign(figures.progress(), YearMonth.from(today).minusMonths(1))
                    : null;
            supplyChain = draft.withSupplyChain()
                    ? new IssueContent.SupplyChainFigures(figures.approvedSuppliers(), figures.openRequests()) : null;
        }
        List<EventRow> events = draft.withEvents() ? calendar.between(today, today.plusDays(EVENT_DAYS_AHEAD))
                .stream().limit(EVENTS).toList() : List.of();
        return new IssueContent(number, today, draft, briefList, campaign, supplyChain, events);
    }

    /** Counts to the end of the last month that has ended (coarse periods), each already rounded. */
    static IssueContent.CampaignFigures campaign(CampaignProgress progress, YearMonth through) {
        long toDate = cumulativeAt(progress, through);
        long beforeThisYear = cumulativeAt(progress, YearMonth.of(through.getYear(), 1).minusMonths(1));
        return new IssueContent.CampaignFigures(toDate, progress.goal(), toDate - beforeThisYear,
                through.atEndOfMonth());
    }

    private static long cumulativeAt(CampaignProgress progress, YearMonth month) {
        return progress.points().stream().filter(p -> !p.month().isAfter(month) && p.cumulative() != null)
                .reduce((a, b) -> b).map(CampaignProgress.Point::cumulative).orElse(0L);
    }
}
