package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The grid footer: how many placements match, how many are full time, and their average hourly wage. */
public record PlacementTotals(long placements, long fullTime, BigDecimal averageWage) {

    /** From a database row {placements, full time, placements with a wage, sum of their wages}. */
    static PlacementTotals ofSums(Object[] row) {
        long withWage = ((Number) row[2]).longValue();
        return new PlacementTotals(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), withWage == 0 ? null
                : new BigDecimal(row[3].toString()).divide(BigDecimal.valueOf(withWage), 2, RoundingMode.HALF_UP));
    }
}
