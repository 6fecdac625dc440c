package org.partnerdashboard.indicators.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Measure;
import org.partnerdashboard.indicators.Quarter;

/** The explorer's charts: withheld quarters are gaps, changes are coloured by sign, shares keep their order. */
class ExplorerChartsTest {

    private static final Translation T = (key, arguments) -> key;
    private static final Quarter Q1 = new Quarter(2016, 1);
    private static final Quarter Q2 = new Quarter(2016, 2);

    private static ExplorerRow row(Quarter quarter, Integer employment, Double change) {
        return new ExplorerRow(new IndicatorPoint("332", "17031", quarter, employment != null, 10, employment, 900,
                "BLS QCEW"), "332 Metal", "Cook County", change);
    }

    @Test
    void withheldQuartersAreGapsNotZero() {
        var conf = ExplorerCharts.trend(List.of(row(Q1, 30_000, null), row(Q2, null, null)), List.of(Q1, Q2),
                Measure.EMPLOYMENT, "title", "axis", T);

        ListSeries line = (ListSeries) conf.getSeries().getFirst();
        assertThat(line.getName()).isEqualTo("332 Metal · Cook County");
        assertThat(line.getData()).containsExactly(30_000, null);
    }

    @Test
    void overTheYearBarsAreRedWhenFallingAndLeaveOutUnknownChanges() {
        var conf = ExplorerCharts.overTheYear(List.of(row(Q2, 1, -3.26), row(Q2, 1, null)), Q2, T);

        DataSeries bars = (DataSeries) conf.getSeries().getFirst();
        assertThat(bars.getData()).hasSize(1);
        assertThat(bars.getData().getFirst().getY()).isEqualTo(-3.3);
        assertThat(bars.getData().getFirst().getColor().toString()).contains("#b3261e");
        assertThat(((PlotOptionsBar) bars.getPlotOptions()).getDataLabels().getFormat()).isEqualTo("{point.y:+.1f}%");
    }

    @Test
    void sharesKeepTheirOrderRoundedToATenth() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("332 Metal", 21.04);
        shares.put("311 Food", 12.96);

        DataSeries bars = (DataSeries) ExplorerCharts.shares(shares, "Cook County", Q2, T).getSeries().getFirst();

        assertThat(bars.getData()).extracting(d -> d.getName() + " " + d.getY())
                .containsExactly("332 Metal 21.0", "311 Food 13.0");
    }
}
