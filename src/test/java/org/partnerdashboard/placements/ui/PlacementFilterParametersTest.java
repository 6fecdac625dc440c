package org.partnerdashboard.placements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
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
                java.util.Map.entry("organization", java.util.List.of("4")),
                java.util.Map.entry("employer", java.util.List.of("120")),
                java.util.Map.entry("subsector", java.util.List.of("332")),
                java.util.Map.entry("type", java.util.List.of("APPRENTICESHIP")),
                java.util.Map.entry("status", java.util.List.of("ACTIVE")),
                java.util.Map.entry("from", java.util.List.of("2020-01-01")),
                java.util.Map.entry("to", java.util.List.of("2024-06-30")),
                java.util.Map.entry("wageMin", java.util.List.of("15.5")),
                java.util.Map.entry("wageMax", java.util.List.of("30")),
                java.util.Map.entry("q", java.util.List.of("welder")));
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
                java.util.Map.entry("organization", java.util.List.of("4")),
                java.util.Map.entry("subsector", java.util.List.of("332")),
                java.util.Map.entry("from", java.util.List.of("2026-01-01")));
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
