package org.partnerdashboard.base;

/** A 6-digit NAICS manufacturing industry as pickers show it. */
public record Industry(String code, String title, String subsectorCode) {

    /** "332710 Machine Shops". */
    public String label() {
        return code + " " + title;
    }
}
