package org.partnerdashboard.placements;

import java.math.BigDecimal;

/** The grid footer: how many placements match, how many are full time, and their average hourly wage. */
public record PlacementTotals(long placements, long fullTime, BigDecimal averageWage) {
}
