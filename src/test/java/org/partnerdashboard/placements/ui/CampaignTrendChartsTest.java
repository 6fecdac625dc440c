package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.placements.MedianWage;
import org.partnerdashboard.placements.MonthlyCount;
import org.partnerdashboard.placements.RetentionRate;

/** The campaign page's charts: labelled values, suppressed retention left empty instead of drawn as zero. */
class CampaignTrendChartsTest {

    private static final Translation T = (key, arguments) -> key;

    @Test
    void placementsPerMonthAreLabelledColumns() {
        DataSeries columns = (DataSeries) CampaignTrendCharts.perMonth(List.of(new MonthlyCount(YearMonth.of(2026,
                1), 12), new MonthlyCount(YearMonth.of(2026, 2), 0)), Locale.US, T).getSeries().getFirst();

        assertThat(columns.getData()).extracting(d -> d.getY().intValue()).containsExactly(12, 0);
        assertThat(((PlotOptionsColumn) columns.getPlotOptions()).getDataLabels().getEnabled()).isTrue();
    }

    @Test
    void medianWagesAreWrittenInDollars() {
        DataSeries line = (DataSeries) CampaignTrendCharts.medianWage(List.of(new MedianWage(2025, 40,
                new BigDecimal("19.50"))), Locale.US, T).getSeries().getFirst();

        assertThat(((PlotOptionsLine) line.getPlotOptions()).getDataLabels().getFormat()).isEqualTo("${point.y:.2f}");
    }

    @Test
    void suppressedRetentionHasNoBar() {
        DataSeries columns = (DataSeries) CampaignTrendCharts.retention(List.of(new RetentionRate(90, 40, 30L),
                new RetentionRate(180, 3, null)), T).getSeries().getFirst();

        assertThat(columns.getData()).extracting(d -> d.getY() == null ? null : d.getY().doubleValue())
                .containsExactly(75.0, null);
    }
}
