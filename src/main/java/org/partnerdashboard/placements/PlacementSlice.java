package org.partnerdashboard.placements;

import java.time.LocalDate;
import org.partnerdashboard.security.Disclosure;

/**
 * Which placements an aggregate counts: any of the parts may be null (no condition).
 *
 * @param employerCountyFips the county of the hiring employer
 * @param from               placements that started on or after
 * @param to                 placements that started on or before
 */
public record PlacementSlice(String naicsCode, Long organizationId, String employerCountyFips, LocalDate from,
        LocalDate to) {

    public static final PlacementSlice ALL = new PlacementSlice(null, null, null, null, null);

    public PlacementSlice between(LocalDate newFrom, LocalDate newTo) {
        return new PlacementSlice(naicsCode, organizationId, employerCountyFips, newFrom, newTo);
    }

    /** The slice with its period as the audience may ask for it (whole months, unless it sees it exactly). */
    public PlacementSlice coarsenedFor(Disclosure disclosure) {
        return between(disclosure.periodStart(from, organizationId), disclosure.periodEnd(to, organizationId));
    }

    /** The same slice at any time: for cumulative series that need every month. */
    public PlacementSlice anyTime() {
        return between(null, null);
    }
}
