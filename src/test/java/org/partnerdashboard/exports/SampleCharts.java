package org.partnerdashboard.exports;

import java.util.List;
import org.partnerdashboard.exports.ChartData.Kind;
import org.partnerdashboard.exports.ChartData.Point;
import org.partnerdashboard.exports.ChartData.Series;
import org.partnerdashboard.exports.ChartData.Threshold;

/** Charts of every kind the app draws, with known numbers. */
final class SampleCharts {

    static final Provenance PROVENANCE = new Provenance("Partner Dashboard · World Business Chicago · IMEC · IMA",
            "Filters: Cook County · 2025", "Source: 1000 Jobs campaign records", "Data as of Nov 23, 2026, 3:00 PM");

    private SampleCharts() {
    }

    static ChartData bars() {
        return new ChartData(Kind.BAR, "Placements by community organization, 2025", "Click a bar to filter",
                "Placements", false, false, List.of(new Series("Placements", Kind.BAR, false, List.of(
                        new Point("Bethel New Life", 41.0, null), new Point("Instituto del Progreso Latino", 77.0, null),
                        new Point("=HYPERLINK(\"x\")", 12.0, null), new Point("Safer Foundation (<5)", null, null)))),
                List.of());
    }

    static ChartData goal() {
        return new ChartData(Kind.AREA, "1000 Jobs for Chicagoland Manufacturing",
                "Cumulative placements against the goal of 1,000", "Placements", true, false, List.of(
                        new Series("Placements", Kind.AREA, false, List.of(new Point("2015-01-01", 3.0, null),
                                new Point("2015-02-01", 9.0, null), new Point("2015-03-01", 20.0, null))),
                        new Series("Even pace", Kind.LINE, true, List.of(new Point("2015-01-01", 5.0, null),
                                new Point("2015-02-01", 11.0, null), new Point("2015-03-01", 16.0, null),
                                new Point("2015-04-01", 22.0, null)))),
                List.of(new Threshold("Goal: 1,000", 1000)));
    }

    static ChartData stacked() {
        return new ChartData(Kind.COLUMN, "Registrations per year", null, "Suppliers", false, true, List.of(
                new Series("Approved", Kind.COLUMN, false, List.of(new Point("2024", 120.0, null),
                        new Point("2025", 140.0, null))),
                new Series("Pending", Kind.COLUMN, false, List.of(new Point("2024", 3.0, null),
                        new Point("2025", 9.0, null)))), List.of());
    }

    static ChartData pie() {
        return new ChartData(Kind.PIE, "Awards to Illinois suppliers", null, null, false, false, List.of(
                new Series("Awards", Kind.PIE, false, List.of(new Point("Illinois", 31.0, null),
                        new Point("Elsewhere", 4.0, null)))), List.of());
    }

    static ChartData coloured() {
        return new ChartData(Kind.BAR, "Over-the-year employment change", "2016 Q1", "%", false, false, List.of(
                new Series("Change", Kind.BAR, false, List.of(new Point("Food", 2.5, "#1e7b48"),
                        new Point("Machinery", -1.5, "#b3261e")))), List.of());
    }

    static List<ChartData> all() {
        return List.of(bars(), goal(), stacked(), pie(), coloured());
    }
}
