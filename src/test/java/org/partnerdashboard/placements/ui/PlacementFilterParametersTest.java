package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementStatus;
import org.partnerdashboard.placements.PlacementType;

class PlacementFilterParametersTest {

    @Test
    void aFilterSurvivesTheRoundTripThroughTheUrl() {
        PlacementFilter filter = new PlacementFilter(4L, 120L, "332", PlacementType.APPRENTICESHIP,
                PlacementStatus.ACTIVE, LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 30), new BigDecimal("15.5"),
                new BigDecimal("30"), "welder");

        QueryParameters query = PlacementFilterParameters.toQuery(filter);

        assertThat(query.getParameters()).containsOnly(
                Map.entry("organization", List.of("4")),
                Map.entry("employer", List.of("120")),
                Map.entry("subsector", List.of("332")),
                Map.entry("type", List.of("APPRENTICESHIP")),
                Map.entry("status", List.of("ACTIVE")),
                Map.entry("from", List.of("2020-01-01")),
                Map.entry("to", List.of("2024-06-30")),
                Map.entry("wageMin", List.of("15.5")),
                Map.entry("wageMax", List.of("30")),
                Map.entry("q", List.of("welder")));
        assertThat(PlacementFilterParameters.fromQuery(QueryParameters.fromString(query.getQueryString())))
                .isEqualTo(filter);
    }

    @Test
    void otherPagesLinkIntoTheGridWithTheSameParameters() {
        assertThat(PlacementFilterParameters.link(PlacementFilter.NONE)).isEqualTo("placements");
        String link = PlacementFilterParameters.link(new PlacementFilter(4L, null, "332", null, null,
                LocalDate.of(2026, 1, 1), null, null, null, null));
        assertThat(link).startsWith("placements?");
        assertThat(QueryParameters.fromString(link.substring("placements?".length())).getParameters()).containsOnly(
                Map.entry("organization", List.of("4")),
                Map.entry("subsector", List.of("332")),
                Map.entry("from", List.of("2026-01-01")));
    }

    @Test
    void noFilterMeansAnEmptyQuery() {
        assertThat(PlacementFilterParameters.toQuery(PlacementFilter.NONE).getQueryString()).isEmpty();
    }

    @Test
    void valuesThatDoNotParseAreDropped() {
        PlacementFilter filter = PlacementFilterParameters.fromQuery(QueryParameters.fromString(
                "organization=abc&type=PROMOTION&from=2020-13-45&wageMin=lots&subsector=999&status=ENDED"));

        assertThat(filter).isEqualTo(new PlacementFilter(null, null, null, null, PlacementStatus.ENDED, null, null,
                null, null, null));
    }
}
