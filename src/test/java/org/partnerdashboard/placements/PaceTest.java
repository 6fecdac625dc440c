package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaceTest {

    @Test
    void theTargetIsSpreadEvenlyOverTheYearsDays() {
        Pace midYear = Pace.of(120, 50, 2026, LocalDate.of(2026, 6, 30)); // day 181 of 365

        assertThat(midYear.expected()).isCloseTo(120 * 181 / 365.0, within(1e-9));
        assertThat(midYear.behindBy()).isEqualTo(10);
        assertThat(midYear.status()).isEqualTo(Pace.Status.BEHIND);
        // 70 left over 184 days, months of 365/12 days
        assertThat(midYear.neededPerMonth()).isCloseTo(70 / (184 / (365 / 12.0)), within(1e-9));
    }

    @Test
    void aMonthBoundaryMovesTheExpectationByOneDayOnly() {
        Pace lastOfJanuary = Pace.of(365, 30, 2026, LocalDate.of(2026, 1, 31));
        Pace firstOfFebruary = Pace.of(365, 30, 2026, LocalDate.of(2026, 2, 1));

        assertThat(lastOfJanuary.expected()).isCloseTo(31, within(1e-9));
        assertThat(firstOfFebruary.expected()).isCloseTo(32, within(1e-9));
        assertThat(lastOfJanuary.status()).isEqualTo(Pace.Status.AT_RISK);
        assertThat(Pace.of(365, 31, 2026, LocalDate.of(2026, 1, 31)).status()).isEqualTo(Pace.Status.ON_TRACK);
    }

    @Test
    void aLeapYearHasOneMoreDay() {
        assertThat(Pace.of(366, 0, 2028, LocalDate.of(2028, 2, 29)).expected()).isCloseTo(60, within(1e-9));
    }

    @Test
    void anOrganizationWithNoPlacementsYetIsBehindOnceTheYearHasBegun() {
        Pace none = Pace.of(40, 0, 2026, LocalDate.of(2026, 3, 1));

        assertThat(none.status()).isEqualTo(Pace.Status.BEHIND);
        assertThat(none.neededPerMonth()).isGreaterThan(40 / 12.0);
        assertThat(Pace.of(40, 0, 2027, LocalDate.of(2026, 3, 1))).satisfies(next -> {
            assertThat(next.expected()).isZero();
            assertThat(next.status()).isEqualTo(Pace.Status.ON_TRACK);
            assertThat(next.neededPerMonth()).isCloseTo(40 / 12.0, within(1e-9));
        });
    }

    @Test
    void aMetTargetNeedsNothingMoreAndAPastYearNothingAtAll() {
        assertThat(Pace.of(30, 31, 2026, LocalDate.of(2026, 5, 1))).satisfies(met -> {
            assertThat(met.status()).isEqualTo(Pace.Status.MET);
            assertThat(met.neededPerMonth()).isNull();
        });
        assertThat(Pace.of(30, 20, 2025, LocalDate.of(2026, 5, 1))).satisfies(past -> {
            assertThat(past.expected()).isCloseTo(30, within(1e-9));
            assertThat(past.status()).isEqualTo(Pace.Status.BEHIND);
            assertThat(past.neededPerMonth()).isNull();
        });
    }

    @Test
    void withoutATargetThereIsNoPace() {
        assertThat(Pace.of(null, 12, 2026, LocalDate.of(2026, 5, 1)).status()).isEqualTo(Pace.Status.NO_TARGET);
    }
}
