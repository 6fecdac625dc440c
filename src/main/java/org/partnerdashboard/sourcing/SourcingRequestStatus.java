package org.partnerdashboard.sourcing;

import java.util.EnumSet;
import java.util.Set;

/** open → scouting → introduced → awarded, or closed (with a reason) at any point before it is awarded. */
public enum SourcingRequestStatus {
    OPEN, SCOUTING, INTRODUCED, AWARDED, CLOSED;

    public Set<SourcingRequestStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(SCOUTING, CLOSED);
            case SCOUTING -> EnumSet.of(INTRODUCED, CLOSED);
            case INTRODUCED -> EnumSet.of(AWARDED, CLOSED);
            case AWARDED, CLOSED -> EnumSet.noneOf(SourcingRequestStatus.class);
        };
    }

    public boolean isFinished() {
        return this == AWARDED || this == CLOSED;
    }
}
