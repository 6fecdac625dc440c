package org.partnerdashboard.sourcing;

import java.time.LocalDate;

/** One request in the grid. */
public record SourcingRequestRow(long id, String title, String buyer, String naicsCode, String subsectorTitle,
        SourcingRequestStatus status, LocalDate requestedOn, LocalDate dueDate, long matches) {
}
