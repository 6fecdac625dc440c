package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.AxisType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.IntervalUnit;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsArea;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.placements.CampaignSettings;
import org.partnerdashboard.placements.MonthlyCount;

class CampaignGoalChartTest {

    private final CampaignProgress progress = CampaignProgress.of(
            new CampaignSettings(1000, LocalDate.of(2015, 1, 1), LocalDate.of(2030, 3, 31)),
            List.of(new MonthlyCount(YearMonth.of(2015, 2), 4), new MonthlyCount(YearMonth.of(2015, 3), 6)),
            YearMonth.of(2015, 3));

    private final Configuration conf = CampaignGoalChart.configure(progress,
            (key, args) -> key + (args.length == 0 ? "" : Arrays.toString(args)));

    @Test
    void plotsActualPlacementsOnlyUpToTheCurrentMonth() {
        ListSeries actual = (ListSeries) conf.getSeries().get(0);

        assertThat(actual.getName()).isEqualTo("dashboard.goal-chart.actual");
        assertThat(actual.getData()).extracting(Number::intValue).containsExactly(0, 4, 10);
        PlotOptionsArea monthly = (PlotOptionsArea) actual.getPlotOptions();
        assertThat(monthly.getPointStart()).isEqualTo(Instant.parse("2015-01-01T00:00:00Z").toEpochMilli());
        assertThat(monthly.getPointIntervalUnit()).isEqualTo(IntervalUnit.MONTH);
    }

    @Test
    void drawsAnEvenPaceToTheGoalOverTheWholeCampaign() {
        ListSeries pace = (ListSeries) conf.getSeries().get(1);

        assertThat(pace.getData()).hasSize(183);
        assertThat(pace.getData()[182].intValue()).isEqualTo(1000);
    }

    @Test
    void marksTheGoalOnADatedAxisWithTranslatedTexts() {
        assertThat(conf.getxAxis().getType()).isEqualTo(AxisType.DATETIME);
        assertThat(conf.getyAxis().getPlotLines()[0].getValue()).isEqualTo(1000);
        assertThat(conf.getyAxis().getPlotLines()[0].getLabel().getText()).isEqualTo("dashboard.goal-chart.goal-line[1000]");
        assertThat(conf.getTitle().getText()).isEqualTo("dashboard.goal-chart.title");
    }
}
