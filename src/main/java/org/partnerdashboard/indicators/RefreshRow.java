package org.partnerdashboard.indicators;

import java.time.Instant;

/**
 * One attempt of the automatic refresh as the import page lists it.
 *
 * @param outcome NEW_QUARTER, REVISED, UNCHANGED, NOT_PUBLISHED, REFUSED or FAILED
 */
public record RefreshRow(Instant attemptedAt, String areaFips, Quarter quarter, String outcome, int tries, int added,
        int updated, String detail) {
}
