package org.partnerdashboard.base;

/** The partnership's programs, as far as their data changes (and the calendar they share). */
public enum Program {
    PLACEMENTS, SUPPLIERS, SOURCING, INDICATORS, CALENDAR
}
