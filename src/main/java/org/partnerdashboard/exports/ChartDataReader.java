package org.partnerdashboard.exports;

import com.vaadin.flow.component.charts.model.AbstractPlotOptions;
import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.IntervalUnit;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import com.vaadin.flow.component.charts.model.PlotOptionsArearange;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Series;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.style.Color;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.exports.ChartData.Kind;
import org.partnerdashboard.exports.ChartData.Point;
import org.partnerdashboard.exports.ChartData.Threshold;

/** Reads the labels and numbers out of a Vaadin chart configuration, so every chart on screen can be exported. */
public final class ChartDataReader {

    private ChartDataReader() {
    }

    public static ChartData read(Configuration conf) {
        Kind kind = kindOf(conf.getChart().getType());
        boolean timeAxis = conf.getxAxis().getType() == AxisType.DATETIME;
        String[] categories = conf.getxAxis().getCategories();
        List<ChartData.Series> series = new ArrayList<>();
        ChartData.Events events = ChartData.Events.NONE;
        for (Series s : conf.getSeries()) {
            if (ChartData.EVENTS_SERIES_ID.equals(s.getId())) {
                if (s instanceof DataSeries marks && !Boolean.FALSE.equals(marks.isVisible())) {
                    events = new ChartData.Events(s.getName(), marks.getData().stream().map(item -> new ChartData.Mark(
                            timeAxis ? ChartData.dateLabel(item.getX().longValue())
                                    : category(categories, item.getX().intValue()), item.getName())).toList());
                }
                continue;
            }
            if (s.getPlotOptions() instanceof PlotOptionsArearange && s instanceof DataSeries range) {
                // a band reads as its two edges: dashed lines through the lows and the highs
                series.add(new ChartData.Series(s.getName() + " (min)", Kind.LINE, true,
                        edge(range, DataSeriesItem::getLow), null));
                series.add(new ChartData.Series(s.getName() + " (max)", Kind.LINE, true,
                        edge(range, DataSeriesItem::getHigh), null));
                continue;
            }
            series.add(new ChartData.Series(s.getName(), seriesKind(s, kind), dashed(s), points(s, timeAxis, categories),
                    colour(s)));
        }
        return new ChartData(kind, text(conf.getTitle() == null ? null : conf.getTitle().getText()),
                conf.getSubTitle() == null ? null : conf.getSubTitle().getText(),
                conf.getyAxis().getTitle() == null ? null : conf.getyAxis().getTitle().getText(), timeAxis,
                stacked(conf), series, thresholds(conf), events);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    static Kind kindOf(ChartType type) {
        if (type == null || ChartType.LINE.equals(type) || ChartType.SPLINE.equals(type)) {
            return Kind.LINE;
        }
        if (ChartType.AREA.equals(type) || ChartType.AREASPLINE.equals(type)) {
            return Kind.AREA;
        }
        if (ChartType.COLUMN.equals(type)) {
            return Kind.COLUMN;
        }
        if (ChartType.PIE.equals(type)) {
            return Kind.PIE;
        }
        // bars, and a funnel's stages, read best as horizontal bars
        return Kind.BAR;
    }

    private static Kind seriesKind(Series s, Kind chartKind) {
        AbstractPlotOptions options = s.getPlotOptions();
        return switch (options) {
            case PlotOptionsLine ignored -> Kind.LINE;
            case PlotOptionsArea ignored -> Kind.AREA;
            case PlotOptionsColumn ignored -> Kind.COLUMN;
            case PlotOptionsBar ignored -> Kind.BAR;
            case null, default -> chartKind;
        };
    }

    /** The series' own colour, where its options give one. */
    private static String colour(Series s) {
        Color colour = switch (s.getPlotOptions()) {
            case PlotOptionsColumn column -> column.getColor();
            case PlotOptionsBar bar -> bar.getColor();
            case PlotOptionsLine line -> line.getColor();
            case PlotOptionsArea area -> area.getColor();
            case null, default -> null;
        };
        return colour instanceof SolidColor solid ? solid.toString() : null;
    }

    private static boolean dashed(Series s) {
        DashStyle dash = s.getPlotOptions() instanceof PlotOptionsLine line ? line.getDashStyle() : null;
        return dash != null && dash != DashStyle.SOLID;
    }

    private static List<Point> edge(DataSeries range, Function<DataSeriesItem, Number> value) {
        return range.getData().stream().map(item -> new Point(ChartData.dateLabel(item.getX().longValue()),
                number(value.apply(item)), null)).toList();
    }

    private static List<Point> points(Series s, boolean timeAxis, String[] categories) {
        List<Point> points = new ArrayList<>();
        if (s instanceof ListSeries list) {
            Number[] data = list.getData();
            for (int i = 0; i < data.length; i++) {
                points.add(new Point(timeAxis ? timeLabel(s, i) : category(categories, i), number(data[i]), null));
            }
        } else if (s instanceof DataSeries data) {
            List<DataSeriesItem> items = data.getData();
            for (int i = 0; i < items.size(); i++) {
                DataSeriesItem item = items.get(i);
                String label = timeAxis && item.getX() != null ? ChartData.dateLabel(item.getX().longValue())
                        : item.getName() != null ? item.getName() : category(categories, i);
                String color = item.getColor() instanceof SolidColor solid ? solid.toString() : null;
                boolean withheld = Charts.WITHHELD.equals(item.getClassName());
                points.add(new Point(label, withheld ? null : number(item.getY()), color));
            }
        }
        return points;
    }

    /** The date of a plain series' point on a time axis: its plot options' start plus the index times the interval. */
    private static String timeLabel(Series s, int index) {
        Number start;
        IntervalUnit unit;
        Number interval;
        switch (s.getPlotOptions()) {
            case PlotOptionsArea o -> {
                start = o.getPointStart();
                unit = o.getPointIntervalUnit();
                interval = o.getPointInterval();
            }
            case PlotOptionsLine o -> {
                start = o.getPointStart();
                unit = o.getPointIntervalUnit();
                interval = o.getPointInterval();
            }
            case PlotOptionsColumn o -> {
                start = o.getPointStart();
                unit = o.getPointIntervalUnit();
                interval = o.getPointInterval();
            }
            case null, default -> {
                return String.valueOf(index + 1);
            }
        }
        long first = start == null ? 0 : start.longValue();
        long step = interval == null ? 1 : interval.longValue();
        LocalDate day = Instant.ofEpochMilli(first).atZone(ZoneOffset.UTC).toLocalDate();
        if (IntervalUnit.MONTH.equals(unit)) {
            return day.plusMonths(index * step).toString();
        }
        if (IntervalUnit.YEAR.equals(unit)) {
            return day.plusYears(index * step).toString();
        }
        if (IntervalUnit.DAY.equals(unit)) {
            return day.plusDays(index * step).toString();
        }
        return ChartData.dateLabel(first + index * (interval == null ? 1 : step));
    }

    private static String category(String[] categories, int index) {
        return categories != null && index < categories.length ? categories[index] : String.valueOf(index + 1);
    }

    private static Double number(Number value) {
        return value == null ? null : value.doubleValue();
    }

    private static boolean stacked(Configuration conf) {
        for (AbstractPlotOptions options : conf.getPlotOptions()) {
            Stacking stacking = options instanceof PlotOptionsColumn column ? column.getStacking()
                    : options instanceof PlotOptionsBar bar ? bar.getStacking() : null;
            if (stacking != null && stacking != Stacking.NONE) {
                return true;
            }
        }
        return false;
    }

    private static List<Threshold> thresholds(Configuration conf) {
        PlotLine[] lines = conf.getyAxis().getPlotLines();
        if (lines == null) {
            return List.of();
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (PlotLine line : lines) {
            if (line.getValue() != null) {
                thresholds.add(new Threshold(line.getLabel() == null ? "" : line.getLabel().getText(),
                        line.getValue().doubleValue()));
            }
        }
        return thresholds;
    }
}
