package org.partnerdashboard.placements;

import java.time.YearMonth;

/** Placements that started in one month, counted by the database. */
public record MonthlyCount(YearMonth month, long placements) {
}
