package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What staff enter about a placement. */
public record PlacementDraft(Long employerId, String jobTitle, String naicsCode, PlacementType type,
        LocalDate startDate, LocalDate endDate, BigDecimal hourlyWage, boolean fullTime, PlacementStatus status) {
}
