package org.partnerdashboard.base;

/** A NAICS manufacturing subsector as lists and filters show it. */
public record Subsector(String code, String title) {

    /** "332 Fabricated Metal Product Manufacturing". */
    public String label() {
        return code + " " + title;
    }
}
