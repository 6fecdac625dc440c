package org.partnerdashboard.placements;

import java.util.List;
import org.partnerdashboard.base.FigureAccuracy;

/** The campaign's outcomes by cohort and over all of it: placements against people, retention, wages, credentials. */
public record CampaignOutcomes(List<CohortOutcome> cohorts, long placements, long people, long programsEnded,
        long credentials, FigureAccuracy accuracy) {

    public Double credentialPercent() {
        return programsEnded == 0 ? null : 100.0 * credentials / programsEnded;
    }
}
