package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Over-the-year changes and employment shares: the arithmetic the explorer and the brief show. */
class OverTheYearTest {

    private static IndicatorPoint point(String industry, int year, int quarter, Integer employment) {
        return new IndicatorPoint(industry, "17031", new Quarter(year, quarter), employment != null, 100, employment,
                1000, "BLS QCEW");
    }

    @Test
    void eachPointIsComparedWithTheSameQuarterAYearBefore() {
        List<IndicatorChange> changes = IndicatorChange.overTheYear(List.of(
                point("332", 2015, 1, 20_000), point("332", 2015, 2, 10_000),
                point("332", 2016, 1, 21_000), point("332", 2016, 2, 9_000)), new Quarter(2016, 1));

        assertThat(changes).extracting(c -> c.point().quarter()).containsExactly(new Quarter(2016, 1),
                new Quarter(2016, 2));
        assertThat(changes.get(0).employmentChangePercent()).isCloseTo(5.0, within(1e-9));
        assertThat(changes.get(1).employmentChangePercent()).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void aWithheldOrMissingYearGivesNoChangeNotZero() {
        List<IndicatorChange> changes = IndicatorChange.overTheYear(List.of(
                point("332", 2015, 1, null), point("332", 2016, 1, 21_000), point("333", 2016, 1, 5_000)),
                new Quarter(2016, 1));

        assertThat(changes).extracting(IndicatorChange::employmentChangePercent).containsOnlyNulls();
    }

    @Test
    void changesAreOrderedByIndustryAreaAndQuarter() {
        List<IndicatorChange> changes = IndicatorChange.overTheYear(List.of(
                point("333", 2016, 2, 1), point("332", 2016, 2, 1), point("332", 2016, 1, 1)), new Quarter(2016, 1));

        assertThat(changes).extracting(c -> c.point().industryCode() + " " + c.point().quarter().key())
                .containsExactly("332 2016-Q1", "332 2016-Q2", "333 2016-Q2");
    }

    @Test
    void anyMeasureChangesAgainstItsOwnEarlierValue() {
        IndicatorPoint before = new IndicatorPoint("332", "17031", new Quarter(2015, 1), true, 200, 1, 1000, "x");
        IndicatorPoint now = new IndicatorPoint("332", "17031", new Quarter(2016, 1), true, 210, 1, 1100, "x");

        assertThat(now.changeFrom(before, Measure.ESTABLISHMENTS)).isCloseTo(5.0, within(1e-9));
        assertThat(now.changeFrom(before, Measure.WEEKLY_WAGE)).isCloseTo(10.0, within(1e-9));
        assertThat(now.changeFrom(null, Measure.WEEKLY_WAGE)).isNull();
    }

    @Test
    void noChangeIsComputedAcrossSources() {
        IndicatorPoint demo = new IndicatorPoint("332", "17031", new Quarter(2015, 1), true, 200, 45_000, 1000,
                "Demo data scaled from BLS QCEW (Cook County, 2016 Q1)");
        IndicatorPoint official = new IndicatorPoint("332", "17031", new Quarter(2016, 1), true, 210, 30_768, 1100,
                "BLS QCEW");

        assertThat(official.employmentChangeFrom(demo)).isNull();
        assertThat(official.changeFrom(demo, Measure.ESTABLISHMENTS)).isNull();
    }

    @Test
    void theChangeBlsPublishedWinsOverAnyComputedOne() {
        // Cook County, 332, 2016 Q1: months 30,789 / 30,755 / 30,761, BLS's changes -642 / -740 / -660
        BlsComparisons bls = new BlsComparisons(new BigDecimal("1.19"), new BigDecimal("1.2"),
                new BigDecimal("0.93"), -57, -642, -740, -660, 12);
        OfficialComparisons official = OfficialComparisons.of(bls, 1138, 30_789L + 30_755 + 30_761, 1054);
        IndicatorPoint now = new IndicatorPoint("332", "17031", new Quarter(2016, 1), true, 1138, 30_768, 1054,
                "BLS QCEW", official);
        IndicatorPoint storedYearBefore = new IndicatorPoint("332", "17031", new Quarter(2015, 1), true, 1000,
                30_000, 1000, "BLS QCEW");

        // the average change (-680.67) over the average a year before (31,449.0): BLS's own base
        assertThat(now.employmentChangeFrom(storedYearBefore)).isCloseTo(-2.1643, within(1e-4));
        assertThat(now.changeFrom(null, Measure.ESTABLISHMENTS)).isCloseTo(100.0 * -57 / 1195, within(1e-9));
        assertThat(now.changeFrom(null, Measure.WEEKLY_WAGE)).isCloseTo(100.0 * 12 / 1042, within(1e-9));
        assertThat(official.employmentQuotient()).isEqualTo(1.2);
        assertThat(bls.lqEmployment()).as("stored with two decimals").isEqualTo(new BigDecimal("1.20"));
    }

    @Test
    void aWithheldCellKeepsItsPublishedEstablishmentsOnly() {
        BlsComparisons bls = new BlsComparisons(new BigDecimal("3.20"), null, null, -2, null, null, null,
                null);
        IndicatorPoint withheld = new IndicatorPoint("324", "17197", new Quarter(2016, 1), false, 12, null, null,
                "BLS QCEW", OfficialComparisons.of(bls, 12, null, null));

        assertThat(Measure.ESTABLISHMENTS.of(withheld)).isEqualTo(12);
        assertThat(Measure.EMPLOYMENT.of(withheld)).isNull();
        assertThat(withheld.changeFrom(null, Measure.ESTABLISHMENTS)).isCloseTo(100.0 * -2 / 14, within(1e-9));
        assertThat(withheld.employmentChangeFrom(null)).isNull();
        assertThat(withheld.official().establishmentsQuotient()).isEqualTo(3.2);
    }

    @Test
    void sharesAreOfAllManufacturingLargestFirstAndOnlyForDisclosedSubsectors() {
        List<EmploymentShare> shares = EmploymentShare.of(List.of(point(EmploymentShare.MANUFACTURING, 2016, 1, 200),
                point("311", 2016, 1, 50), point("332", 2016, 1, 100), point("316", 2016, 1, null)));

        assertThat(shares).containsExactly(new EmploymentShare("332", 50.0), new EmploymentShare("311", 25.0));
    }

    @Test
    void noSharesWhenManufacturingsOwnTotalIsWithheld() {
        assertThat(EmploymentShare.of(List.of(point(EmploymentShare.MANUFACTURING, 2016, 1, null),
                point("332", 2016, 1, 100)))).isEmpty();
    }
}
