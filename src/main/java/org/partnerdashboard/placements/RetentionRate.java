package org.partnerdashboard.placements;

/**
 * How many people were still employed at a 30/90/180-day check, of those whose outcome is known ("unknown"
 * outcomes and checks not yet made are left out). {@code stillEmployed} is null when the figure is suppressed.
 */
public record RetentionRate(int milestoneDays, long known, Long stillEmployed) {

    /** Percent still employed, or null when nothing is known or the figure is suppressed. */
    public Double percent() {
        return known == 0 || stillEmployed == null ? null : 100.0 * stillEmployed / known;
    }
}
