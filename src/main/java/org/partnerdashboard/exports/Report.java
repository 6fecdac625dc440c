package org.partnerdashboard.exports;

import java.util.List;

/**
 * What a board pack shows, already in the reader's language: a cover (title, subtitle, the filters, the date), the
 * headline figures, and the charts, each followed by the numbers behind it.
 */
public record Report(String title, String subtitle, List<String> filters, String generated, Provenance provenance,
        List<Figure> figures, List<ChartData> charts, Texts texts) {

    public Report {
        filters = List.copyOf(filters);
        figures = List.copyOf(figures);
        charts = List.copyOf(charts);
    }

    /** A headline figure as the dashboard shows it: label, value, and the line under it. */
    public record Figure(String label, String value, String note) {
    }

    /** The report's own words. {@code page} has one argument, the page number. */
    public record Texts(String figuresHeading, String numbersHeading, String categoryColumn, String page,
            String withheld) {
    }
}
