package org.partnerdashboard.placements;

import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.base.FigureAccuracy;

/**
 * The campaign's pacing for a year: the campaign against the sum of the organizations' targets, each organization
 * against its own, and the projection of the goal; counts as exact as the viewer may see them.
 */
public record CampaignPacing(int year, LocalDate asOf, Pace campaign, GoalProjection projection,
        List<OrganizationPace> organizations, FigureAccuracy accuracy) {

    public record OrganizationPace(long organizationId, String name, Pace pace) {
    }
}
