package org.partnerdashboard.base;

/** A NAICS manufacturing subsector as lists and filters show it. */
public record Subsector(String code, String title) {

    /** Whether the text looks like a manufacturing subsector's code (311 to 339). */
    public static boolean isCode(String text) {
        return text != null && text.matches("3[1-3]\\d");
    }

    /** "332 Fabricated Metal Product Manufacturing". */
    public String label() {
        return code + " " + title;
    }
}
