package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

        assertThat(now.changeFrom(before, IndicatorPoint::establishments)).isCloseTo(5.0, within(1e-9));
        assertThat(now.changeFrom(before, IndicatorPoint::averageWeeklyWage)).isCloseTo(10.0, within(1e-9));
        assertThat(now.changeFrom(null, IndicatorPoint::averageWeeklyWage)).isNull();
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
