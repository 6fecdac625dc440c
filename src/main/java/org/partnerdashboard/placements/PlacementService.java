package org.partnerdashboard.placements;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The placements feature's API: grid pages and campaign figures. */
@Service
@Transactional(readOnly = true)
public class PlacementService {

    private final PlacementQueries queries;
    private final CampaignSettings campaign;
    private final Clock clock;

    PlacementService(PlacementQueries queries, CampaignSettings campaign, Clock clock) {
        this.queries = queries;
        this.campaign = campaign;
        this.clock = clock;
    }

    /** One page of placements, sorted by the given keys (unknown keys are ignored), newest first by default. */
    public List<PlacementRow> findRows(Pageable pageable) {
        return queries.rows(pageable);
    }

    public long countRows() {
        return queries.count();
    }

    /** Cumulative placements per month against the goal, from monthly counts the database computes. */
    public CampaignProgress campaignProgress() {
        return CampaignProgress.of(campaign, queries.monthlyCounts(), YearMonth.now(clock));
    }

    public CampaignSettings campaignSettings() {
        return campaign;
    }
}
