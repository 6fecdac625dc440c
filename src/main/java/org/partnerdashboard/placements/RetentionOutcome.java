package org.partnerdashboard.placements;

public enum RetentionOutcome {
    STILL_EMPLOYED, LEFT, UNKNOWN
}
