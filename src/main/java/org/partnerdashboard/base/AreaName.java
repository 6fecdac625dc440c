package org.partnerdashboard.base;

/** A Chicago-area county or the metro area, by its BLS QCEW area code. */
public record AreaName(String fips, String name) {
}
