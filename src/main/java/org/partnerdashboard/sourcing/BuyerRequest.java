package org.partnerdashboard.sourcing;

import java.time.LocalDate;
import java.util.List;

/**
 * A buyer's own request as the buyer space shows it: what it asked, where it stands, and the suppliers staff
 * introduced (with the contacts an introduction shares). Staff's candidates, notes and names stay with staff.
 */
public record BuyerRequest(long id, long version, SourcingRequestDraft data, boolean buyerNameShown,
        SourcingRequestStatus status, String statusReason, LocalDate requestedOn, List<IntroducedSupplier> introduced) {

    public record IntroducedSupplier(long matchId, long matchVersion, String name, String city, String stateCode,
            String website, String contactName, String contactEmail, String contactPhone, LocalDate introducedOn,
            MatchStatus status) {
    }
}
