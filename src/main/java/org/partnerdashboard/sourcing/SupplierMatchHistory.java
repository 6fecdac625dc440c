package org.partnerdashboard.sourcing;

import java.time.LocalDate;

/** A request a supplier was scouted for, as the supplier's page lists it. */
public record SupplierMatchHistory(long requestId, String title, String buyer, SourcingRequestStatus requestStatus,
        MatchStatus status, int score, LocalDate updatedOn) {
}
