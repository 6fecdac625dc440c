package org.partnerdashboard.sourcing;

public enum MatchStatus {
    SUGGESTED, SHORTLISTED, INTRODUCED, AWARDED, DECLINED
}
