package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

    private final CampaignSettings campaign = new CampaignSettings(1000, LocalDate.of(2015, 1, 1), LocalDate.of(2030, 3, 31));

    @Test
    void hasOnePointPerCampaignMonthEndingAtTheGoal() {
        CampaignProgress progress = CampaignProgress.of(campaign, List.of(), YearMonth.of(2020, 1));

        assertThat(progress.points()).hasSize(183);
        assertThat(progress.points().getFirst().month()).isEqualTo(YearMonth.of(2015, 1));
        assertThat(progress.points().getLast().goalPace()).isEqualTo(1000.0);
        assertThat(progress.points().get(90).goalPace()).isCloseTo(1000.0 * 91 / 183, Offset.offset(1e-9));
    }

    @Test
    void accumulatesMonthlyCountsAcrossGapsAndStopsAtTheCurrentMonth() {
        List<MonthlyCount> counts = List.of(
                new MonthlyCount(YearMonth.of(2015, 1), 3),
                new MonthlyCount(YearMonth.of(2015, 4), 5),
                new MonthlyCount(YearMonth.of(2015, 6), 2));

        CampaignProgress progress = CampaignProgress.of(campaign, counts, YearMonth.of(2015, 5));

        assertThat(progress.points().subList(0, 7)).extracting(CampaignProgress.Point::cumulative)
                .containsExactly(3L, 3L, 3L, 8L, 8L, null, null);
        assertThat(progress.placementsToDate()).isEqualTo(10);
        assertThat(progress.percentOfGoal()).isEqualTo(1.0);
    }

    @Test
    void foldsPlacementsBeforeTheCampaignIntoItsFirstMonth() {
        List<MonthlyCount> counts = List.of(new MonthlyCount(YearMonth.of(2014, 11), 4), new MonthlyCount(YearMonth.of(2015, 1), 1));

        CampaignProgress progress = CampaignProgress.of(campaign, counts, YearMonth.of(2016, 1));

        assertThat(progress.points().getFirst().cumulative()).isEqualTo(5);
    }

    @Test
    void paceIsZeroBeforeTheCampaignAndTheGoalAfterIt() {
        CampaignProgress progress = CampaignProgress.of(campaign, List.of(), YearMonth.of(2031, 1));

        assertThat(progress.goalPaceIn(YearMonth.of(2014, 12))).isZero();
        assertThat(progress.goalPaceIn(YearMonth.of(2031, 1))).isEqualTo(1000.0);
    }

    @Test
    void settingsRejectAnEmptyPeriodOrGoal() {
        assertThatThrownBy(() -> new CampaignSettings(0, LocalDate.of(2015, 1, 1), LocalDate.of(2030, 3, 31)))
                .hasMessageContaining("goal");
        assertThatThrownBy(() -> new CampaignSettings(1000, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1)))
                .hasMessageContaining("end");
    }
}
