package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    private static final long BETHEL = 4;
    private static final long SAFER = 8;
    private final Disclosure executive = Disclosure.forViewer(new AccessScope(Role.EXECUTIVE, 1));
    private final Disclosure bethelStaff = Disclosure.forViewer(new AccessScope(Role.CBO_STAFF, BETHEL));
    private final Disclosure campaignStaff = Disclosure.forViewer(new AccessScope(Role.CAMPAIGN_STAFF, 1));

    @Test
    void campaignStaffSeeEveryFigureExactlyAndOrganizationsTheirOwn() {
        assertThat(campaignStaff.count(3, 77, SAFER)).isEqualTo(3);
        assertThat(campaignStaff.count(3, 77, null)).isEqualTo(3);
        assertThat(bethelStaff.count(3, 77, BETHEL)).isEqualTo(3);
        assertThat(bethelStaff.count(3, 77, SAFER) % 5).isZero();
        assertThat(bethelStaff.count(3, 77, null) % 5).isZero();
        assertThat(Disclosure.forAudience().exactFor(null)).isFalse();
        assertThat(Disclosure.forAudience().exactFor(BETHEL)).isFalse();
    }

    @Test
    void everyoneElseGetsMultiplesOfFiveWithinFourOfTheTruth() {
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            long exact = random.nextInt(200);
            long shown = executive.count(exact, random.nextLong(), BETHEL);
            assertThat(shown % 5).as("%d shown as %d", exact, shown).isZero();
            assertThat(Math.abs(shown - exact)).isLessThan(5);
            assertThat(shown < 1 || shown > 4).as("%d shown as %d", exact, shown).isTrue();
        }
        assertThat(executive.count(0, 123, null)).isZero();
        assertThat(executive.count(35, 123, null)).isEqualTo(35);
    }

    @Test
    void theSameCellKeyAlwaysGivesTheSameAnswer() {
        for (long key = 0; key < 100; key++) {
            assertThat(Disclosure.rounded(13, key)).isEqualTo(Disclosure.rounded(13, key));
            assertThat(Disclosure.rounded(13, key + (1L << 32))).as("keys are taken modulo 2^32")
                    .isEqualTo(Disclosure.rounded(13, key));
        }
    }

    @Test
    void roundingIsUnbiasedSoTotalsStayRightOnAverage() {
        Random random = new Random(11);
        for (int remainder = 1; remainder < 5; remainder++) {
            int up = 0;
            int draws = 20_000;
            for (int i = 0; i < draws; i++) {
                if (Disclosure.rounded(20 + remainder, random.nextInt() & 0xFFFFFFFFL) == 25) {
                    up++;
                }
            }
            assertThat(up / (double) draws).as("share rounded up from remainder %d", remainder)
                    .isCloseTo(remainder / 5.0, Offset.offset(0.02));
        }
    }

    @Test
    void periodsAreWholeMonthsForViewersWithoutExactFigures() {
        assertThat(executive.periodStart(LocalDate.of(2026, 3, 17), BETHEL)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(executive.periodEnd(LocalDate.of(2026, 2, 3), BETHEL)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(bethelStaff.periodStart(LocalDate.of(2026, 3, 17), BETHEL)).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(bethelStaff.periodStart(LocalDate.of(2026, 3, 17), null)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(campaignStaff.periodEnd(LocalDate.of(2026, 2, 3), null)).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(executive.periodStart(null, null)).isNull();
    }

    @Test
    void audiencesThatMaySeeDifferentFiguresAreKeptApart() {
        assertThat(executive.audienceKey()).isEqualTo(Disclosure.forAudience().audienceKey());
        assertThat(campaignStaff.audienceKey()).isNotEqualTo(executive.audienceKey());
        assertThat(bethelStaff.audienceKey()).isNotEqualTo(
                Disclosure.forViewer(new AccessScope(Role.CBO_STAFF, SAFER)).audienceKey());
        assertThat(campaignStaff.rounds()).isFalse();
        assertThat(bethelStaff.rounds()).isTrue();
    }
}
