package org.partnerdashboard.newsletter;

import java.time.LocalDate;
import java.util.List;
import org.partnerdashboard.calendar.EventRow;
import org.partnerdashboard.dashboards.SubsectorBrief;

/**
 * Everything an issue says, gathered once for all its languages, every figure about people already rounded for an
 * audience.
 *
 * @param number       the issue's number (null while a draft)
 * @param campaign     the campaign's headline figures (null: block left out)
 * @param supplyChain  the Supply Chain Center's figures (null: block left out)
 * @param events       what is coming (empty: block left out or nothing planned)
 */
record IssueContent(Integer number, LocalDate date, IssueDraft draft, List<SubsectorBrief> briefs,
        CampaignFigures campaign, SupplyChainFigures supplyChain, List<EventRow> events) {

    /**
     * @param placementsToDate rounded to a multiple of 5, to the end of the last complete month
     * @param placementsThisYear rounded likewise, this year's complete months
     */
    record CampaignFigures(long placementsToDate, int goal, long placementsThisYear, LocalDate through) {
    }

    record SupplyChainFigures(long approvedSuppliers, long openRequests) {
    }
}
