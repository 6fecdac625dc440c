package org.partnerdashboard.placements;

import java.time.Instant;

/** One change of a target for the page's record: null targets mean "none". */
public record TargetChangeRow(Instant at, String by, String organizationName, int year, TargetType type,
        Integer oldTarget, Integer newTarget, String notes) {
}
