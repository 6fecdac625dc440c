package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class GoalProjectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate END = LocalDate.of(2030, 3, 31);

    @Test
    void theRecentRateProjectsAndTheTwoRatesBoundTheRange() {
        // 400 to go: at 10 a month (60 in 6 months) 40 months, at 5 a month (120 in 24) 80 months
        GoalProjection p = GoalProjection.of(1000, 600, 60, 120, TODAY, END);

        assertThat(p.recentRate()).isEqualTo(10);
        assertThat(p.longRate()).isEqualTo(5);
        assertThat(p.projected()).isEqualTo(YearMonth.of(2029, 9));
        assertThat(p.earliest()).isEqualTo(p.projected());
        assertThat(p.latest()).isEqualTo(YearMonth.of(2033, 1));
        assertThat(p.slowerRate()).isEqualTo(5);
        // 400 over the 1,385 days to March 31, 2030
        assertThat(p.neededPerMonth()).isCloseTo(400 / (1385 / (365.25 / 12)), within(1e-9));
    }

    @Test
    void aSlowingRateMakesTheRecentOneTheLaterEnd() {
        GoalProjection p = GoalProjection.of(1000, 600, 30, 240, TODAY, END);

        assertThat(p.projected()).isEqualTo(p.latest());
        assertThat(p.earliest()).isBefore(p.latest());
    }

    @Test
    void noPlacementsLatelyNeverReachesTheGoalAtThatRate() {
        GoalProjection p = GoalProjection.of(1000, 600, 0, 48, TODAY, END);

        assertThat(p.projected()).isNull();
        assertThat(p.latest()).isNull();
        assertThat(p.earliest()).isEqualTo(YearMonth.of(2043, 1)); // 400 at 2 a month
    }

    @Test
    void aReachedGoalNeedsNoProjection() {
        GoalProjection p = GoalProjection.of(1000, 1004, 60, 200, TODAY, END);

        assertThat(p.reached()).isTrue();
        assertThat(p.projected()).isNull();
        assertThat(p.neededPerMonth()).isNull();
    }
}
