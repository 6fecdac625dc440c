package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the placements grid: a read model, never edited. */
public record PlacementRow(
        Long id,
        LocalDate startDate,
        String jobSeekerName,
        String organization,
        String employer,
        String jobTitle,
        String naicsCode,
        String subsectorTitle,
        PlacementType placementType,
        BigDecimal hourlyWage,
        boolean fullTime,
        PlacementStatus status) {
}
