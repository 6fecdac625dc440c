package org.partnerdashboard.placements;

import java.math.BigDecimal;

/** The median starting hourly wage of one year's paid placements; null when suppressed (fewer than 5 wages). */
public record MedianWage(int year, long wages, BigDecimal median) {
}
