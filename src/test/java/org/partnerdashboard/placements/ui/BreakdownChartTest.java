package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.FigureAccuracy;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.base.ui.Charts;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;

class BreakdownChartTest {

    private static final Translation T = (key, args) -> key.equals("figure.suppressed") ? "<5" : key;

    /** "&lt;5" stands where the value goes (a label after a long category name would be cut off), never a bare 0. */
    @Test
    void aGroupTooSmallToShowSaysLessThanFiveWhereItsValueGoes() {
        Configuration conf = BreakdownChart.configure(List.of(
                new GroupCount("4", "Bethel New Life", null),
                new GroupCount("6", "Kinzie Industrial Development Corp.", 0L),
                new GroupCount("5", "Instituto del Progreso Latino", 12L)), "By organization", "2026", T);

        assertThat(conf.getxAxis().getCategories()).containsExactly("Bethel New Life",
                "Kinzie Industrial Development Corp.", "Instituto del Progreso Latino");
        DataSeries series = (DataSeries) conf.getSeries().getFirst();
        for (int i = 0; i < 2; i++) {
            assertThat(series.getData().get(i).getY()).isEqualTo(0);
            assertThat(series.getData().get(i).getClassName()).isEqualTo(Charts.WITHHELD);
            assertThat(series.getData().get(i).getDataLabels().getFormat()).isEqualTo("&lt;5");
        }
        assertThat(series.getData().get(2).getY()).isEqualTo(12L);
        assertThat(series.getData().get(2).getDataLabels()).isNull();
        assertThat(conf.getTitle().getText()).isEqualTo("By organization");
    }

    @Test
    void exportsReadAGroupTooSmallToShowAsWithheld() {
        ChartData data = ChartDataReader.read(BreakdownChart.configure(List.of(new GroupCount("4", "Bethel", 0L),
                new GroupCount("5", "Instituto", 15L)), "By organization", "2026", T));

        assertThat(data.series().getFirst().points()).extracting(ChartData.Point::value).containsExactly(null, 15.0);
    }

    @Test
    void theSubtitleSaysWhatThisViewerSees() {
        assertThat(BreakdownChart.subtitle("Since the campaign began", FigureAccuracy.EXACT, T))
                .isEqualTo("Since the campaign began · figures.accuracy.EXACT");
        assertThat(BreakdownChart.subtitle("", FigureAccuracy.ROUNDED, T)).isEqualTo("figures.accuracy.ROUNDED");
    }
}
