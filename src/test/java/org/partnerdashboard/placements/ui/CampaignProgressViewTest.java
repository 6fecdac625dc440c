package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.exports.ChartDataReader;
import org.partnerdashboard.support.KaribuTest;

class CampaignProgressViewTest extends KaribuTest {

    @Test
    void showsEveryCampaignChartToAnySignedInRole() {
        signInAs("ima.staff");
        UI.getCurrent().navigate(CampaignProgressView.class);

        assertThat(_find(Chart.class)).extracting(Chart::getId).extracting(Optional::get).containsExactly(
                "campaign-goal", "campaign-by-organization", "campaign-by-type", "campaign-per-month",
                "campaign-by-subsector", "campaign-median-wage", "campaign-retention");
    }

    @Test
    void showsViewersOutsideTheOrganizationsOnlyRoundedCounts() {
        signInAs("executive");
        UI.getCurrent().navigate(CampaignProgressView.class);

        var bars = (DataSeries) _get(Chart.class,
                spec -> spec.withId("campaign-by-subsector")).getConfiguration().getSeries().getFirst();
        assertThat(bars.getData()).allMatch(item -> item.getY().longValue() % 5 == 0);
        String[] retention = _get(Chart.class, spec -> spec.withId("campaign-retention"))
                .getConfiguration().getxAxis().getCategories();
        assertThat(retention[0]).matches("30 days \\(n=\\d*[05]\\)");
    }

    @Test
    void campaignStaffSeeEveryGroupExactly() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(CampaignProgressView.class);

        String[] subsectors = _get(Chart.class, spec -> spec.withId("campaign-by-subsector"))
                .getConfiguration().getxAxis().getCategories();
        assertThat(Arrays.stream(subsectors)).noneMatch(label -> label.contains("<5"));
    }

    @Test
    void partnershipEventsAreMarkedOnBothTrendChartsAndEachCanBeHiddenInTheAddress() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(CampaignProgressView.class);

        ChartData goal = ChartDataReader.read(_get(Chart.class, spec -> spec.withId("campaign-goal"))
                .getConfiguration());
        assertThat(goal.events().name()).isEqualTo("Partnership events");
        assertThat(goal.events().marks()).isNotEmpty().anyMatch(m -> m.text().contains("(Roundtable)"))
                .allSatisfy(m -> assertThat(m.at()).matches("\\d{4}-\\d{2}-\\d{2}"));
        ChartData perMonth = ChartDataReader.read(_get(Chart.class, spec -> spec.withId("campaign-per-month"))
                .getConfiguration());
        assertThat(perMonth.events().marks()).isNotEmpty()
                .allSatisfy(m -> assertThat(perMonth.categories()).contains(m.at()));

        UI.getCurrent().navigate(CampaignProgressView.class, QueryParameters.of("goal-events", "hidden"));

        assertThat(ChartDataReader.read(_get(Chart.class, spec -> spec.withId("campaign-goal")).getConfiguration())
                .events().marks()).as("hidden on the goal chart, so not in its exports").isEmpty();
        assertThat(ChartDataReader.read(_get(Chart.class, spec -> spec.withId("campaign-per-month"))
                .getConfiguration()).events().marks()).isNotEmpty();
    }
}
