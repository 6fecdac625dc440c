package org.partnerdashboard.placements;

public enum PlacementStatus {
    /** Working, or in training or an apprenticeship. */
    ACTIVE,
    /** Training or apprenticeship finished. */
    COMPLETED,
    /** Left the job or program before completing it. */
    ENDED
}
