package org.partnerdashboard.base;

/** A Chicago-area county, keyed by its FIPS code. */
public record County(String fips, String name) {
}
