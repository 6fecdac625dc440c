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

    /** The same row with the job seeker's name removed, for roles that may not see personal data. */
    public PlacementRow withoutPersonalData() {
        return new PlacementRow(id, startDate, null, organization, employer, jobTitle, naicsCode, subsectorTitle,
                placementType, hourlyWage, fullTime, status);
    }
}
