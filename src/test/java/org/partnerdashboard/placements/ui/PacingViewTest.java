package org.partnerdashboard.placements.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.PlotOptionsArearange;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.placements.CampaignPacing;
import org.partnerdashboard.placements.OrganizationTargets;
import org.partnerdashboard.placements.TargetType;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.transaction.annotation.Transactional;

/** The pacing page and the targets page as campaign staff and others work them. */
@Transactional
class PacingViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void campaignStaffSeeEveryOrganizationsPaceInWordsAndTheProjectionBand() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(PacingView.class);

        Grid<CampaignPacing.OrganizationPace> grid = _get(Grid.class, spec -> spec.withId("pacing-organizations"));
        assertThat(_size(grid)).isEqualTo(5);
        List<String> words = grid.getGenericDataView().getItems()
                .map(o -> _getFormattedRow(grid, grid.getGenericDataView().getItems().toList().indexOf(o)).get(5))
                .toList();
        assertThat(words).anyMatch(w -> w.matches("\\d+ behind pace; needs \\d+\\.\\d a month to finish the year on target\\."));
        assertThat(grid.getGenericDataView().getItems()).anyMatch(o -> o.pace().status().name().equals("BEHIND"));
        assertThat(_find(KpiCard.class)).extracting(KpiCard::label)
                .containsExactly("Placements in 2026 against the targets", "The campaign goal");
        assertThat(_get(Chart.class, spec -> spec.withId("pacing-goal")).getConfiguration().getSeries())
                .anyMatch(s -> s instanceof DataSeries band && band.getPlotOptions() instanceof PlotOptionsArearange
                        && !band.getData().isEmpty() && band.getData().getFirst().getLow() != null);
        assertThat(_get(Anchor.class, spec -> spec.withId("edit-targets")).getHref()).isEqualTo("campaign/targets");
    }

    @Test
    void theYearLivesInTheUrlAndOthersSeeNoLinkToTheTargets() {
        signInAs("executive");
        UI.getCurrent().navigate(PacingView.class, QueryParameters.of("year", "2025"));

        assertThat(_get(Select.class, spec -> spec.withId("pacing-year")).getValue()).isEqualTo(2025);
        assertThat(_find(KpiCard.class).getFirst().label()).isEqualTo("Placements in 2025 against the targets");
        _assertNone(Anchor.class, spec -> spec.withId("edit-targets"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void campaignStaffChangeATargetAndTheRecordSaysSo() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(TargetsView.class, QueryParameters.of("year", "2026"));
        Grid<OrganizationTargets> grid = _get(Grid.class, spec -> spec.withId("targets"));
        String name = grid.getGenericDataView().getItem(0).organizationName();

        _click((Button) _getCellComponent(grid, 0, "edit"));
        _get(IntegerField.class, spec -> spec.withId("target-TRAINING")).setValue(1_001);
        _click(_get(Button.class, spec -> spec.withId("target-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("target-TRAINING")).isInvalid()).isTrue();

        _get(IntegerField.class, spec -> spec.withId("target-TRAINING")).setValue(1);
        _click(_get(Button.class, spec -> spec.withId("target-save")));

        assertThat(grid.getListDataView().getItems().toList().getFirst().targets()).containsEntry(
                TargetType.TRAINING, 1);
        assertThat(_find(ListItem.class).getFirst().getText()).contains("wbc.staff · " + name + " · Training: — → 1");
    }
}
