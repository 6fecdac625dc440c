package org.partnerdashboard.sourcing;

import java.time.LocalDate;

/** One of the buyer's own requests in its list. */
public record BuyerRequestRow(long id, String title, SourcingRequestStatus status, LocalDate requestedOn,
        LocalDate dueDate) {
}
