package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A retention check that is due or overdue, with what staff need to make the call. */
public record FollowUpRow(
        long checkId,
        long version,
        long placementId,
        String jobSeekerName,
        String phone,
        String organization,
        String employer,
        String jobTitle,
        LocalDate startDate,
        BigDecimal startingWage,
        int milestoneDays,
        LocalDate dueDate) {
}
