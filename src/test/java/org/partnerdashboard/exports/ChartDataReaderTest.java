package org.partnerdashboard.exports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DashStyle;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.charts.model.IntervalUnit;
import com.vaadin.flow.component.charts.model.Label;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotLine;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import com.vaadin.flow.component.charts.model.Stacking;
import com.vaadin.flow.component.charts.model.style.SolidColor;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.exports.ChartData.Kind;

/** The numbers behind a chart are read from its configuration exactly as the chart shows them. */
class ChartDataReaderTest {

    @Test
    void readsNamedPointsWithTheirColoursAndWithheldValues() {
        Configuration conf = new Configuration();
        conf.getChart().setType(ChartType.BAR);
        conf.setTitle("Over-the-year change");
        conf.getyAxis().setTitle("%");
        DataSeries series = new DataSeries("Change");
        DataSeriesItem food = new DataSeriesItem("Food", 2.5);
        food.setColor(new SolidColor("#1e7b48"));
        series.add(food);
        series.add(new DataSeriesItem("Machinery (<5)", (Number) null));
        conf.addSeries(series);

        ChartData data = ChartDataReader.read(conf);

        assertThat(data.kind()).isEqualTo(Kind.BAR);
        assertThat(data.title()).isEqualTo("Over-the-year change");
        assertThat(data.valueAxisTitle()).isEqualTo("%");
        assertThat(data.header("Category")).containsExactly("Category", "Change");
        assertThat(data.rows()).containsExactly(Arrays.asList("Food", 2.5), Arrays.asList("Machinery (<5)", null));
        assertThat(data.series().getFirst().points().getFirst().color()).isEqualTo("#1e7b48");
    }

    @Test
    void readsStackedCategorySeriesAndATimeAxisWithAGoalLine() {
        Configuration stacked = new Configuration();
        stacked.getChart().setType(ChartType.COLUMN);
        stacked.getxAxis().setCategories("2024", "2025");
        PlotOptionsColumn columns = new PlotOptionsColumn();
        columns.setStacking(Stacking.NORMAL);
        stacked.setPlotOptions(columns);
        stacked.addSeries(new ListSeries("Approved", 120, 140));
        stacked.addSeries(new ListSeries("Pending", 3, 9));

        PlotOptionsColumn green = new PlotOptionsColumn();
        green.setColor(new SolidColor("#2e7d32"));
        stacked.getSeries().getFirst().setPlotOptions(green);

        ChartData bars = ChartDataReader.read(stacked);
        assertThat(bars.series()).extracting(ChartData.Series::color).containsExactly("#2e7d32", null);
        assertThat(bars.stacked()).isTrue();
        assertThat(bars.rows()).containsExactly(List.of("2024", 120L, 3L), List.of("2025", 140L, 9L));

        Configuration goal = new Configuration();
        goal.getChart().setType(ChartType.AREA);
        goal.getxAxis().setType(AxisType.DATETIME);
        PlotLine line = new PlotLine();
        line.setValue(1000);
        line.setLabel(new Label("Goal: 1,000"));
        goal.getyAxis().addPlotLine(line);
        DataSeries pace = new DataSeries("Even pace");
        pace.add(new DataSeriesItem(Instant.parse("2015-01-01T00:00:00Z"), 5));
        PlotOptionsLine dashed = new PlotOptionsLine();
        dashed.setDashStyle(DashStyle.DASH);
        pace.setPlotOptions(dashed);
        goal.addSeries(pace);

        ChartData time = ChartDataReader.read(goal);
        assertThat(time.timeAxis()).isTrue();
        assertThat(time.thresholds()).containsExactly(new ChartData.Threshold("Goal: 1,000", 1000));
        assertThat(time.series().getFirst().kind()).isEqualTo(Kind.LINE);
        assertThat(time.series().getFirst().dashed()).isTrue();
        assertThat(time.rows()).containsExactly(List.of("2015-01-01", 5L));
    }

    @Test
    void datesPlainMonthlySeriesFromTheirStart() {
        Configuration goal = new Configuration();
        goal.getChart().setType(ChartType.AREA);
        goal.getxAxis().setType(AxisType.DATETIME);
        ListSeries actual = new ListSeries("Placements", 3, 9, 20);
        PlotOptionsArea monthly =
                new PlotOptionsArea();
        monthly.setPointStart(Instant.parse("2015-01-01T00:00:00Z"));
        monthly.setPointIntervalUnit(IntervalUnit.MONTH);
        actual.setPlotOptions(monthly);
        goal.addSeries(actual);

        assertThat(ChartDataReader.read(goal).rows()).containsExactly(List.of("2015-01-01", 3L),
                List.of("2015-02-01", 9L), List.of("2015-03-01", 20L));
    }
}
