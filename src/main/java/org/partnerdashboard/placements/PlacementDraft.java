package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What staff enter about a placement.
 *
 * @param credential the credential a completed training or apprenticeship earned, as written (null: none)
 */
public record PlacementDraft(Long employerId, String jobTitle, String naicsCode, PlacementType type,
        LocalDate startDate, LocalDate endDate, BigDecimal hourlyWage, boolean fullTime, PlacementStatus status,
        String credential) {

    /** A placement that earned no credential (or not yet). */
    public PlacementDraft(Long employerId, String jobTitle, String naicsCode, PlacementType type,
            LocalDate startDate, LocalDate endDate, BigDecimal hourlyWage, boolean fullTime, PlacementStatus status) {
        this(employerId, jobTitle, naicsCode, type, startDate, endDate, hourlyWage, fullTime, status, null);
    }
}
