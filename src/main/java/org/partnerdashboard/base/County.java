package org.partnerdashboard.base;

/** A Chicago-area county, keyed by its FIPS code. */
public record County(String fips, String name) {

    /** Whether the text looks like an Illinois county's FIPS code (17 and three digits). */
    public static boolean isIllinoisFips(String text) {
        return text != null && text.matches("17\\d{3}");
    }
}
