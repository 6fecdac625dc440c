package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.support.KaribuTest;

class OutcomesViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void showsTheLastThreeYearsOfCohortsNewestFirstWithPeopleAndCredentials() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(OutcomesView.class);

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("cohorts"));
        assertThat(_size(grid)).isEqualTo(OutcomesView.QUARTERS);
        assertThat(_getFormattedRow(grid, 0).getFirst()).isEqualTo("2026 Q2"); // the test clock's June 15, 2026
        assertThat(_find(KpiCard.class)).extracting(KpiCard::label)
                .containsExactly("People placed", "Credential attainment");
        assertThat(_find(KpiCard.class).getFirst().note()).matches("in \\d+ placements: someone placed twice counts once");
        assertThat(_get(Chart.class, spec -> spec.withId("outcomes-retention")).getConfiguration().getSeries())
                .hasSize(3);
    }
}
