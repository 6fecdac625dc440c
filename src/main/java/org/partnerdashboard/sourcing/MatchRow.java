package org.partnerdashboard.sourcing;

import java.time.LocalDate;

/** A supplier scouted for a request, as the request's page lists it. */
public record MatchRow(long id, long version, long supplierId, String supplierName, String city, String stateCode,
        int score, MatchStatus status, String note, LocalDate updatedOn) {
}
