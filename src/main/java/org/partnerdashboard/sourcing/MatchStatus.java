package org.partnerdashboard.sourcing;

import java.util.EnumSet;
import java.util.Set;

/** A scouted supplier's way: suggested → shortlisted → introduced → awarded, or declined before it is awarded. */
public enum MatchStatus {
    SUGGESTED, SHORTLISTED, INTRODUCED, AWARDED, DECLINED;

    public Set<MatchStatus> next() {
        return switch (this) {
            case SUGGESTED -> EnumSet.of(SHORTLISTED, DECLINED);
            case SHORTLISTED -> EnumSet.of(INTRODUCED, DECLINED);
            case INTRODUCED -> EnumSet.of(AWARDED, DECLINED);
            case AWARDED, DECLINED -> EnumSet.noneOf(MatchStatus.class);
        };
    }
}
