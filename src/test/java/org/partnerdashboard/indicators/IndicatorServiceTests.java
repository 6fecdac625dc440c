package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Reading the indicators: official QCEW figures win over demo ones, withheld cells stay unknown; H2 and PostgreSQL. */
@Transactional
@WithUserDetails("executive")
abstract class IndicatorServiceTests {

    @Autowired
    IndicatorService indicators;

    @Autowired
    IndicatorImportService imports;

    @Test
    void cookCounty2016IsTheRealQcewAndOtherYearsTheDemoSeries() {
        List<IndicatorPoint> points = indicators.series(Set.of("332"), Set.of("17031"), new Quarter(2015, 4),
                new Quarter(2017, 1));

        assertThat(points).extracting(p -> p.quarter().toString()).containsExactly("2015 Q4", "2016 Q1", "2016 Q2",
                "2016 Q3", "2016 Q4", "2017 Q1");
        assertThat(points.subList(1, 5)).allSatisfy(p -> assertThat(p.source()).isEqualTo("BLS QCEW"));
        assertThat(points.getFirst().source()).startsWith("Demo data");
        IndicatorPoint q1 = points.get(1);
        assertThat(q1.establishments()).isEqualTo(1138);
        assertThat(q1.averageWeeklyWage()).isEqualTo(1054);
        // the BLS line: 30,789, 30,755 and 30,761 employed in January, February and March
        assertThat(q1.employment()).isEqualTo((30789 + 30755 + 30761) / 3);
    }

    @Test
    @WithUserDetails("research.editor")
    void officialFiguresReplaceOtherSourcesForTheSameCell() {
        imports.importQcew("franklin.csv", QcewImportTests.franklinAsDuPage().getBytes(StandardCharsets.UTF_8));

        List<IndicatorPoint> snapshot = indicators.snapshot("17043", new Quarter(2020, 1));

        assertThat(snapshot).hasSize(22).allSatisfy(p -> assertThat(p.source()).isEqualTo("BLS QCEW"));
        assertThat(snapshot).filteredOn(p -> p.industryCode().equals("316")).singleElement().satisfies(p -> {
            assertThat(p.disclosed()).isFalse();
            assertThat(p.employment()).isNull();
        });
    }

    @Test
    void theLatestQuarterIsAboutSixMonthsBehind() {
        assertThat(indicators.latestQuarter("17031")).contains(new Quarter(2025, 4));
        assertThat(indicators.quarters("17031")).first().isEqualTo(new Quarter(2015, 1));
    }

    @Test
    void metroAreasAreRankedByBlsLocationQuotientsInTheLatestQuarterWithTwoOfThem() {
        MetroComparison comparison = indicators.metroComparison("332", new Quarter(2026, 2)).orElseThrow();

        // the demo follows Detroit and Milwaukee with their real 2016 files; Chicago's metro figures are demo data
        assertThat(comparison.quarter()).isEqualTo(new Quarter(2016, 4));
        assertThat(comparison.ranked()).extracting(IndicatorPoint::areaFips, p -> p.official().employmentQuotient())
                .containsExactly(tuple("C3334", 2.68), tuple("C1982", 1.86));
        assertThat(comparison.rankOf("C3334")).isEqualTo(1);
        assertThat(comparison.rankOf("C1698")).as("no BLS figures for the Chicago metro area here").isZero();
        assertThat(indicators.metroComparison("332", new Quarter(2015, 4))).as("before any two metros").isEmpty();
    }
}
