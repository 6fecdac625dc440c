package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The placements grid's filters; a null field filters nothing. Dates and wages are inclusive ranges; {@code text}
 * matches job title or employer name, ignoring case.
 */
public record PlacementFilter(
        Long organizationId,
        Long employerId,
        String naicsCode,
        PlacementType type,
        PlacementStatus status,
        LocalDate startFrom,
        LocalDate startTo,
        BigDecimal wageMin,
        BigDecimal wageMax,
        String text) {

    public static final PlacementFilter NONE = new PlacementFilter(null, null, null, null, null, null, null, null, null, null);
}
