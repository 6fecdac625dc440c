package org.partnerdashboard.exports;

import java.text.Normalizer;
import java.util.Locale;

/** The picture formats of a chart snapshot: PNG at screen and slide (2×) scale, SVG and PDF. */
public enum ChartFormat {
    PNG("png", "image/png", 1), PNG_2X("png", "image/png", 2), SVG("svg", "image/svg+xml", 1),
    PDF("pdf", "application/pdf", 1);

    private final String extension;
    private final String contentType;
    private final int scale;

    ChartFormat(String extension, String contentType, int scale) {
        this.extension = extension;
        this.contentType = contentType;
        this.scale = scale;
    }

    public String contentType() {
        return contentType;
    }

    public int scale() {
        return scale;
    }

    /** A file name from the chart's title: lower-case words joined by dashes, "@2x" for the slide size. */
    public String fileName(String title) {
        return baseName(title) + (scale > 1 ? "@" + scale + "x" : "") + "." + extension;
    }

    /** The chart's title as a file name without extension: lower-case words joined by dashes. */
    public static String baseName(String title) {
        String base = title == null ? "" : Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 60) {
            base = base.substring(0, 60).replaceAll("-+$", "");
        }
        return base.isEmpty() ? "chart" : base;
    }
}
