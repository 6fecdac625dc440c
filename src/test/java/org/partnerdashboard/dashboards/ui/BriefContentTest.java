package org.partnerdashboard.dashboards.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Subsector;
import org.partnerdashboard.base.Translation;
import org.partnerdashboard.dashboards.SubsectorBrief;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.indicators.IndicatorPoint;
import org.partnerdashboard.indicators.Quarter;

/** The brief's words: arrows and their direction from the figures, withheld figures named, suppressed counts kept. */
class BriefContentTest {

    /** Keys stand for their texts, arguments after a colon, so tests read what the page would. */
    private static final Translation KEYS = (key, arguments) -> arguments.length == 0 ? key
            : key + ":" + String.join(",", Arrays.stream(arguments).map(String::valueOf).toList());
    private static final Quarter Q = new Quarter(2016, 4);

    private static SubsectorBrief brief(IndicatorPoint now, IndicatorPoint before, List<GroupCount> employers) {
        return new SubsectorBrief(new Subsector("332", "Fabricated Metal Product Manufacturing"), "17031",
                "Cook County, IL", Q, now, before, now == null ? List.of() : List.of(now), 12L, employers, 40,
                List.of());
    }

    private static IndicatorPoint point(Quarter quarter, boolean disclosed, Integer employment, Integer wage) {
        return new IndicatorPoint("332", "17031", quarter, disclosed, 1000, employment, wage, "BLS QCEW");
    }

    @Test
    void aRiseGetsAnUpArrowAndAFallADownArrow() {
        List<BriefContent.Headline> headlines = new BriefContent(KEYS, Locale.US).headlines(brief(
                point(Q, true, 22_000, 900), point(Q.yearBefore(), true, 20_000, 1000), List.of()));

        assertThat(headlines.get(0).figure().value()).isEqualTo("22,000");
        assertThat(headlines.get(0).figure().note()).isEqualTo("▲ +10.0% brief.over-the-year brief.change.computed");
        assertThat(headlines.get(0).direction()).isEqualTo("up");
        assertThat(headlines.get(2).figure().note()).isEqualTo("▼ -10.0% brief.over-the-year brief.change.computed");
        assertThat(headlines.get(2).direction()).isEqualTo("down");
        assertThat(headlines.get(1).direction()).as("establishments unchanged: an up arrow at 0.0%").isEqualTo("up");
    }

    @Test
    void whatChangedSinceTheLastBriefComesFromTheQuarterBeforeOfTheSameSource() {
        IndicatorPoint now = point(Q, true, 22_000, 900);
        IndicatorPoint before = new IndicatorPoint("332", "17031", Q.previous(), true, 1002, 21_750, 935, "BLS QCEW");
        SubsectorBrief brief = new SubsectorBrief(new Subsector("332", "Fabricated Metal Product Manufacturing"),
                "17031", "Cook County, IL", Q, now, null, List.of(before, now), 12L, List.of(), 40, List.of());

        assertThat(new BriefContent(KEYS, Locale.US).sinceLastBrief(brief)).isEqualTo("brief.since:quarter.label:2016,3,"
                + "brief.since.employment:+250, brief.since.establishments:−2, brief.since.weekly-wage:−$35");

        IndicatorPoint demo = new IndicatorPoint("332", "17031", Q.previous(), true, 1002, 21_750, 935, "Demo data");
        assertThat(new BriefContent(KEYS, Locale.US).sinceLastBrief(new SubsectorBrief(brief.subsector(), "17031",
                "Cook County, IL", Q, now, null, List.of(demo, now), 12L, List.of(), 40, List.of())))
                .as("never across sources").isEmpty();
    }

    @Test
    void withheldFiguresSaySoAndHaveNoArrowWhileTheEstablishmentCountBlsPublishedStays() {
        List<BriefContent.Headline> headlines = new BriefContent(KEYS, Locale.US).headlines(brief(
                point(Q, false, null, null), point(Q.yearBefore(), true, 20_000, 1000), List.of()));

        assertThat(headlines).extracting(h -> h.figure().value())
                .containsExactly("explorer.withheld", "1,000", "explorer.withheld");
        assertThat(headlines.get(0).direction()).isEmpty();
        assertThat(headlines.get(2).direction()).isEmpty();
    }

    @Test
    void noYearBeforeMeansNoArrowAndNoFiguresMeansNoFigure() {
        BriefContent content = new BriefContent(KEYS, Locale.US);

        assertThat(content.headlines(brief(point(Q, true, 22_000, 900), null, List.of())))
                .extracting(h -> h.figure().note()).containsOnly("");
        assertThat(content.headlines(brief(null, null, List.of()))).extracting(h -> h.figure().value())
                .containsOnly("brief.no-figure");
    }

    @Test
    void suppressedEmployersKeepTheirNameAndHaveNoBar() {
        ChartData chart = new BriefContent(KEYS, Locale.US).topEmployers(brief(point(Q, true, 1, 1), null,
                List.of(new GroupCount("1", "Acme Tool", 15L), new GroupCount("2", "Small Shop", null))));

        assertThat(chart.series().getFirst().points()).extracting(ChartData.Point::label, ChartData.Point::value)
                .containsExactly(Tuple.tuple("Acme Tool", 15.0),
                        Tuple.tuple("Small Shop (figure.suppressed)", null));
    }
}
