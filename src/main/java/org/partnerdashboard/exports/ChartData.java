package org.partnerdashboard.exports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A chart as labels and numbers, independent of how it is drawn: read from the chart on screen, drawn again for
 * files and kept in snapshots. A value is null where the figure is withheld or suppressed.
 */
public record ChartData(Kind kind, String title, String subtitle, String valueAxisTitle, boolean timeAxis,
        boolean stacked, List<Series> series, List<Threshold> thresholds, Events events) {

    /** The id of the series that marks the partnership's events on a chart on screen (read as {@link Events}). */
    public static final String EVENTS_SERIES_ID = "calendar-events";

    public ChartData(Kind kind, String title, String subtitle, String valueAxisTitle, boolean timeAxis,
            boolean stacked, List<Series> series, List<Threshold> thresholds) {
        this(kind, title, subtitle, valueAxisTitle, timeAxis, stacked, series, thresholds, Events.NONE);
    }

    /** The partnership's events marked along the axis, under a name for the legend. */
    public record Events(String name, List<Mark> marks) {

        public static final Events NONE = new Events("", List.of());

        public Events {
            marks = marks == null ? List.of() : List.copyOf(marks);
        }
    }

    /** An event's mark: where (a category, or on a time axis the ISO date) and what happened. */
    public record Mark(String at, String text) {
    }

    public enum Kind { BAR, COLUMN, LINE, AREA, PIE }

    /**
     * A named series; its kind may differ from the chart's (a dashed pace line over an area). Its colour (#rrggbb)
     * is kept where the chart gives one by meaning (approved green, rejected red), so exports draw it alike.
     */
    public record Series(String name, Kind kind, boolean dashed, List<Point> points, String color) {

        public Series(String name, Kind kind, boolean dashed, List<Point> points) {
            this(name, kind, dashed, points, null);
        }
    }

    /** A point: its category label (on a time axis, the ISO date), the value and an optional colour (#rrggbb). */
    public record Point(String label, Double value, String color) {
    }

    /** A horizontal reference line, such as the campaign goal. */
    public record Threshold(String label, double value) {
    }

    public ChartData {
        series = List.copyOf(series);
        thresholds = List.copyOf(thresholds);
        events = events == null ? Events.NONE : events;
    }

    /** Every category in order of first appearance across the series. */
    public List<String> categories() {
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        series.forEach(s -> s.points().forEach(p -> labels.add(p.label())));
        return List.copyOf(labels);
    }

    /** The numbers behind the chart: one row per category, one column per series; whole numbers as integers. */
    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (String category : categories()) {
            List<Object> row = new ArrayList<>();
            row.add(category);
            for (Series s : series) {
                row.add(s.points().stream().filter(p -> Objects.equals(p.label(), category)).findFirst()
                        .map(Point::value).map(ChartData::number).orElse(null));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The header of {@link #rows()}: the category column, then each series' name. */
    public List<String> header(String categoryColumn) {
        List<String> header = new ArrayList<>();
        header.add(categoryColumn);
        series.forEach(s -> header.add(s.name()));
        return header;
    }

    private static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) Math.round(value) : (Number) value;
    }

    /** The label of a point on a time axis: its date (UTC, as Highcharts reads the epoch milliseconds). */
    static String dateLabel(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
