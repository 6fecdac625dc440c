package org.partnerdashboard.sourcing;

import java.time.LocalDate;

/** A request the supplier was introduced for, and how it ended for the supplier (awarded, not chosen, open). */
public record Introduction(long requestId, String title, String buyerName, LocalDate introducedOn, MatchStatus outcome,
        SourcingRequestStatus requestStatus) {
}
