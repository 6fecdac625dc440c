package org.partnerdashboard.base;

/** The partnership's programs, as far as their data changes. */
public enum Program {
    PLACEMENTS, SUPPLIERS, SOURCING, INDICATORS
}
