package org.partnerdashboard.sourcing;

/** open → scouting → introduced → awarded, or closed at any point with a reason. */
public enum SourcingRequestStatus {
    OPEN, SCOUTING, INTRODUCED, AWARDED, CLOSED
}
