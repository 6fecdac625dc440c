package org.partnerdashboard.exports.ui;

import com.vaadin.flow.component.charts.model.AbstractPlotOptions;
import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.DataLabels;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.Marker;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartData.Kind;

/** Draws a frozen chart again on screen: the inverse of reading a chart's numbers. */
final class SnapshotCharts {

    private SnapshotCharts() {
    }

    static Configuration configuration(ChartData data) {
        Configuration conf = Charts.configuration(type(data.kind()), data.title(), data.subtitle());
        conf.getLegend().setEnabled(data.series().size() > 1);
        if (data.timeAxis()) {
            conf.getxAxis().setType(AxisType.DATETIME);
        } else if (data.kind() != Kind.PIE) {
            conf.getxAxis().setCategories(data.categories().toArray(String[]::new));
        }
        conf.getyAxis().setTitle(data.valueAxisTitle());
        for (ChartData.Threshold threshold : data.thresholds()) {
            PlotLine line = new PlotLine();
            line.setValue(threshold.value());
            line.setLabel(new Label(threshold.label()));
            line.setDashStyle(DashStyle.SHORTDASH);
            line.setWidth(2);
            conf.getyAxis().addPlotLine(line);
        }
        if (data.stacked()) {
            PlotOptionsColumn stacked = new PlotOptionsColumn();
            stacked.setStacking(Stacking.NORMAL);
            conf.setPlotOptions(stacked);
        }
        for (ChartData.Series series : data.series()) {
            DataSeries points = new DataSeries(series.name());
            for (ChartData.Point point : series.points()) {
                DataSeriesItem item = data.timeAxis()
                        ? new DataSeriesItem(LocalDate.parse(point.label()).atStartOfDay().toInstant(ZoneOffset.UTC),
                                point.value())
                        : new DataSeriesItem(point.label(), point.value());
                if (point.color() != null) {
                    item.setColor(new SolidColor(point.color()));
                }
                points.add(item);
            }
            if (series.kind() != data.kind() || series.dashed() || series.color() != null) {
                points.setPlotOptions(options(series));
            } else if (data.kind() == Kind.BAR && !data.stacked()) {
                PlotOptionsBar bars = new PlotOptionsBar();
                bars.setDataLabels(new DataLabels(true));
                points.setPlotOptions(bars);
            }
            conf.addSeries(points);
        }
        return conf;
    }

    private static AbstractPlotOptions options(ChartData.Series series) {
        SolidColor colour = series.color() == null ? null : new SolidColor(series.color());
        return switch (series.kind()) {
            case AREA -> {
                PlotOptionsArea area = new PlotOptionsArea();
                area.setMarker(new Marker(false));
                area.setColor(colour);
                yield area;
            }
            case COLUMN -> {
                PlotOptionsColumn column = new PlotOptionsColumn();
                column.setColor(colour);
                yield column;
            }
            case BAR -> {
                PlotOptionsBar bar = new PlotOptionsBar();
                bar.setColor(colour);
                yield bar;
            }
            default -> {
                PlotOptionsLine line = new PlotOptionsLine();
                line.setMarker(new Marker(false));
                line.setColor(colour);
                if (series.dashed()) {
                    line.setDashStyle(DashStyle.DASH);
                }
                yield line;
            }
        };
    }

    private static ChartType type(Kind kind) {
        return switch (kind) {
            case BAR -> ChartType.BAR;
            case COLUMN -> ChartType.COLUMN;
            case AREA -> ChartType.AREA;
            case PIE -> ChartType.PIE;
            case LINE -> ChartType.LINE;
        };
    }
}
