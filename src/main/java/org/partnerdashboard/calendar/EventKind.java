package org.partnerdashboard.calendar;

/** What a partnership event is. */
public enum EventKind {
    ROUNDTABLE, MANUFACTURING_MONTH, AWARD_CEREMONY, HIRING_EVENT, WEBINAR, OTHER
}
