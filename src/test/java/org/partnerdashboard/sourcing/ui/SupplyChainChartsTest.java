package org.partnerdashboard.sourcing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.charts.model.ChartType;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsBar;
import com.vaadin.flow.component.charts.model.PlotOptionsColumn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ChartColors;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.sourcing.AwardedShare;
import org.partnerdashboard.sourcing.SourcingFunnel;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.YearlyStatusCount;

/** The Supply Chain Center's charts: each stage, group and share as the statistics give them. */
class SupplyChainChartsTest {

    private static final Translation T = (key, arguments) -> key;

    @Test
    void barsAreLabelledGroups() {
        DataSeries bars = (DataSeries) SupplyChainCharts.bars(List.of(new GroupCount("17031", "Cook", 40L),
                new GroupCount("17043", "DuPage", 12L)), "title", "subtitle", "axis").getSeries().getFirst();

        assertThat(bars.getData()).extracting(d -> d.getName() + " " + d.getY()).containsExactly("Cook 40", "DuPage 12");
        assertThat(((PlotOptionsBar) bars.getPlotOptions()).getDataLabels().getEnabled()).isTrue();
    }

    @Test
    void theFunnelHasEveryStageInOrder() {
        DataSeries stages = (DataSeries) SupplyChainCharts.funnel(new SourcingFunnel(20, 15, 8, 3), T).getSeries()
                .getFirst();

        assertThat(stages.getData()).extracting(d -> d.getY().intValue()).containsExactly(20, 15, 8, 3);
    }

    /** Drawn lengths follow the numbers: bars from a zero baseline, so 150 and 150 look alike and 117 and 75 do not. */
    @Test
    void theFunnelsStagesAreDrawnInProportionToTheirCounts() {
        Configuration conf = SupplyChainCharts.funnel(new SourcingFunnel(150, 150, 117, 75), T);

        assertThat(conf.getChart().getType()).isEqualTo(ChartType.BAR);
        assertThat(conf.getyAxis().getSoftMin()).isEqualTo(0);
        assertThat(conf.getyAxis().getMin()).isNull();
        assertThat(conf.getxAxis().getCategories()).containsExactly("supply-chain.funnel.received",
                "supply-chain.funnel.scouted", "supply-chain.funnel.introduced", "supply-chain.funnel.awarded");
        DataSeries stages = (DataSeries) conf.getSeries().getFirst();
        assertThat(stages.getData()).extracting(d -> d.getY().doubleValue() / 150).containsExactly(1.0, 1.0, 0.78,
                0.5);
    }

    @Test
    void theAwardedShareSplitsIllinoisFromElsewhere() {
        DataSeries pie = (DataSeries) SupplyChainCharts.awardedShare(new AwardedShare(10, 7), T).getSeries()
                .getFirst();

        assertThat(pie.getData()).extracting(d -> d.getY().intValue()).containsExactly(7, 3);
    }

    @Test
    void registrationsAreColouredByMeaningApprovedGreenRejectedRed() {
        var conf = SupplyChainCharts.registrationsByYear(List.of(
                new YearlyStatusCount(2025, RegistrationStatus.APPROVED, 30),
                new YearlyStatusCount(2025, RegistrationStatus.REJECTED, 4)), T);

        Map<String, String> colours = new HashMap<>();
        conf.getSeries().forEach(series -> colours.put(series.getName(),
                ((PlotOptionsColumn) ((ListSeries) series).getPlotOptions()).getColor().toString()));
        assertThat(colours).containsEntry("registration-status.APPROVED", ChartColors.GOOD)
                .containsEntry("registration-status.REJECTED", ChartColors.BAD)
                .containsEntry("registration-status.PENDING", ChartColors.WAITING);
    }
}
