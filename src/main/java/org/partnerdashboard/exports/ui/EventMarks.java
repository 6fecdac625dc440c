package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Marker;
import com.vaadin.flow.component.charts.model.MarkerSymbolEnum;
import com.vaadin.flow.component.charts.model.PlotOptionsScatter;
import com.vaadin.flow.component.charts.model.SeriesTooltip;
import com.vaadin.flow.component.charts.model.YAxis;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import org.partnerdashboard.base.ChartColors;
import org.partnerdashboard.exports.ChartData;

/**
 * The partnership's events marked on a time-series chart: a triangle on the axis per day (or per category: a month,
 * a quarter) with events, what happened in its tooltip, one entry in the legend. Clicking the entry hides or shows
 * them; exports draw them while shown ({@link ChartData#events()}).
 */
public final class EventMarks {

    private EventMarks() {
    }

    /** Marks on a time axis, with what happened each day. */
    public static DataSeries onDays(Map<LocalDate, String> byDay, String name) {
        DataSeries marks = series(name);
        byDay.forEach((day, text) -> marks.add(item(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                text)));
        return marks;
    }

    /** Marks on a category axis, with what happened in each category (by its index). */
    public static DataSeries onCategories(Map<Integer, String> byCategory, String name) {
        DataSeries marks = series(name);
        byCategory.forEach((index, text) -> marks.add(item(index, text)));
        return marks;
    }

    /**
     * Adds the marks to the chart, shown or hidden, and follows clicks on their legend entry, so exports draw what
     * the chart shows; {@code shownChanged} hears each change (to keep it in the address).
     */
    public static void add(Chart chart, DataSeries marks, boolean shown, Consumer<Boolean> shownChanged) {
        Configuration conf = chart.getConfiguration();
        // on an axis of their own, hidden, so the marks sit on the bottom line without stretching the chart's scale
        YAxis axis = new YAxis();
        axis.setVisible(false);
        axis.setMin(0);
        axis.setMax(1);
        conf.addyAxis(axis);
        marks.setVisible(shown);
        conf.addSeries(marks);
        marks.setyAxis(axis);
        conf.getLegend().setEnabled(true);
        chart.addSeriesLegendItemClickListener(click -> {
            if (click.getSeries() == marks) {
                boolean nowShown = Boolean.FALSE.equals(marks.isVisible());
                marks.setVisible(nowShown);
                shownChanged.accept(nowShown);
            }
        });
    }

    private static DataSeries series(String name) {
        DataSeries marks = new DataSeries(name);
        marks.setId(ChartData.EVENTS_SERIES_ID);
        PlotOptionsScatter options = new PlotOptionsScatter();
        options.setColor(new SolidColor(ChartColors.EVENT));
        Marker marker = new Marker(true);
        marker.setSymbol(MarkerSymbolEnum.TRIANGLE);
        marker.setRadius(6);
        options.setMarker(marker);
        SeriesTooltip tooltip = new SeriesTooltip();
        tooltip.setHeaderFormat("");
        tooltip.setPointFormat("{point.name}");
        options.setTooltip(tooltip);
        options.setAnimation(false);
        marks.setPlotOptions(options);
        return marks;
    }

    private static DataSeriesItem item(Number x, String text) {
        DataSeriesItem item = new DataSeriesItem(x, 0);
        item.setName(text);
        return item;
    }
}
