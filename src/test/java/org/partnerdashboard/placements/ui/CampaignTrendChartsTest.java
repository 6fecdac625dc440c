package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import com.vaadin.flow.component.charts.model.PlotOptionsLine;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ChartColors;
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
                1), 12), new MonthlyCount(YearMonth.of(2026, 2), 0)), YearMonth.of(2026, 5), Locale.US, T)
                .getSeries().getFirst();

        assertThat(columns.getData()).extracting(d -> d.getY().intValue()).containsExactly(12, 0);
        assertThat(((PlotOptionsColumn) columns.getPlotOptions()).getDataLabels().getEnabled()).isTrue();
        assertThat(columns.getData()).allSatisfy(d -> assertThat(d.getColor()).isNull());
    }

    @Test
    void theMonthUnderWayIsMarkedPartial() {
        Translation t = (key, arguments) -> key.equals("campaign.per-month.partial") ? arguments[0] + " (so far)" : key;
        Configuration conf = CampaignTrendCharts.perMonth(List.of(new MonthlyCount(YearMonth.of(2026, 11), 9),
                new MonthlyCount(YearMonth.of(2026, 12), 1)), YearMonth.of(2026, 12), Locale.US, t);

        assertThat(conf.getxAxis().getCategories()).containsExactly("Nov 26", "Dec 26 (so far)");
        DataSeries columns = (DataSeries) conf.getSeries().getFirst();
        assertThat(columns.getData().get(1).getColor()).hasToString(ChartColors.SET_ASIDE);
        assertThat(columns.getData().get(0).getColor()).isNull();
    }

    @Test
    void wageLabelsSkipEveryOtherYearSoNeighboursDoNotCollide() {
        List<MedianWage> years = IntStream.rangeClosed(2015, 2026)
                .mapToObj(y -> new MedianWage(y, 40, new BigDecimal("19.50"))).toList();
        DataSeries line = (DataSeries) CampaignTrendCharts.medianWage(years, Locale.US, T).getSeries().getFirst();

        assertThat(line.getData().getLast().getDataLabels()).isNull(); // the latest year keeps the series' label
        assertThat(line.getData()).filteredOn(d -> d.getDataLabels() != null).hasSize(6)
                .allSatisfy(d -> assertThat(d.getDataLabels().getEnabled()).isFalse());
    }

    @Test
    void valueAxesStartAtZero() {
        Configuration conf = CampaignTrendCharts.medianWage(List.of(new MedianWage(2025, 40, new BigDecimal("19.50"))),
                Locale.US, T);

        assertThat(conf.getyAxis().getSoftMin()).isEqualTo(0);
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
