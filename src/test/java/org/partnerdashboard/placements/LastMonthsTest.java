package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastMonthsTest {

    @Test
    void fillsMonthsWithoutPlacementsWithZeroAndEndsAtTheCurrentMonth() {
        List<MonthlyCount> counts = List.of(new MonthlyCount(YearMonth.of(2025, 12), 4),
                new MonthlyCount(YearMonth.of(2026, 2), 7), new MonthlyCount(YearMonth.of(2020, 1), 9));

        List<MonthlyCount> series = CampaignStatisticsService.lastMonths(counts, YearMonth.of(2026, 3), 4);

        assertThat(series).containsExactly(new MonthlyCount(YearMonth.of(2025, 12), 4),
                new MonthlyCount(YearMonth.of(2026, 1), 0), new MonthlyCount(YearMonth.of(2026, 2), 7),
                new MonthlyCount(YearMonth.of(2026, 3), 0));
    }
}
