package org.partnerdashboard.placements;

public enum PlacementType {
    DIRECT_HIRE, TRAINING, APPRENTICESHIP
}
