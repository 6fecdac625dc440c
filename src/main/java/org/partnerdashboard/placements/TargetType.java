package org.partnerdashboard.placements;

/** What a placement target counts: all of an organization's placements, or one type of them. */
public enum TargetType {
    ALL, DIRECT_HIRE, TRAINING, APPRENTICESHIP;

    /** The placement type this target counts, or null for all of them. */
    public PlacementType placementType() {
        return this == ALL ? null : PlacementType.valueOf(name());
    }
}
