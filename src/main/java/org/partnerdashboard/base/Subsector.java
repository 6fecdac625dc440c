package org.partnerdashboard.base;

/** A NAICS manufacturing subsector as lists and filters show it. */
public record Subsector(String code, String title) {

    /** Whether the text looks like a manufacturing subsector's code (311 to 339). */
    public static boolean isCode(String text) {
        return text != null && text.matches("3[1-3]\\d");
    }

    /** "332 Fabricated Metal Product Manufacturing": the one way the app names a subsector, on every page and chart. */
    public String label() {
        return label(code, title);
    }

    /** The same for a row holding the code and title apart; empty when there is no code. */
    public static String label(String code, String title) {
        return code == null ? "" : title == null ? code : code + " " + title;
    }
}
