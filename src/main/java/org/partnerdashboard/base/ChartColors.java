package org.partnerdashboard.base;

import java.util.List;

/**
 * The series colours of every chart, on screen and in exported files. Each has at least 4.9:1 contrast against the
 * white chart background (WCAG 2.1 asks 3:1 for the parts of a graphic needed to read it; Highcharts' default
 * palette has six colours below that, such as its light green at 1.7:1), and they stay apart for common colour
 * blindness by lightness as well as hue.
 */
public final class ChartColors {

    public static final List<String> PALETTE = List.of("#1f6fb2", "#c2410c", "#2e7d32", "#7b3fa0", "#b3261e",
            "#00707a", "#8a6d00", "#5b6770", "#a3306b", "#3d5a80");

    /** Colours that carry a meaning, the same in every chart: good (approved, rising), bad (rejected, falling). */
    public static final String GOOD = "#2e7d32";
    public static final String BAD = "#b3261e";
    public static final String WAITING = "#8a6d00";
    public static final String SET_ASIDE = "#5b6770";
    /** The partnership's events marked on time-series charts. */
    public static final String EVENT = "#6d4c9f";

    private ChartColors() {
    }
}
