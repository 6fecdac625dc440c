package org.partnerdashboard.indicators.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.Configuration;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.exports.ChartData;
import org.partnerdashboard.support.KaribuTest;

/** The subsector explorer: what the URL asks for is what the charts and the table show. */
class SubsectorExplorerViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLinkReproducesTheViewWithTheRealCookCountyFigures() {
        signInAs("executive");
        UI.getCurrent().navigate("indicators", QueryParameters.fromString("s=332&a=17031&from=2016-Q1&to=2016-Q4"));

        Grid<ExplorerRow> grid = _get(Grid.class, spec -> spec.withId("explorer-numbers"));
        assertThat(_size(grid)).isEqualTo(4);
        assertThat(_getFormattedRow(grid, 0)).containsExactly("332 Fabricated Metal Product Manufacturing", "Cook County",
                "2016 Q1",
                "1,138", "30,768", "$1,054", "-2.2%", "1.20", "BLS QCEW");
        assertThat(_find(Chart.class)).as("with the metro areas compared").hasSize(6);
        Configuration metros = _get(Chart.class, spec -> spec.withId("explorer-metros")).getConfiguration();
        assertThat(metros.getxAxis().getCategories()).containsExactly("Milwaukee-Waukesha-West Allis, WI MSA",
                "Detroit-Warren-Dearborn, MI MSA");
        assertThat(metros.getSubTitle().getText()).isEqualTo("2016 Q4 · Chicago-Naperville-Elgin, IL-IN MSA: no BLS"
                + " figures this quarter; the metro areas compared");
        ListSeries employment = (ListSeries) _get(Chart.class, spec -> spec.withId("explorer-employment"))
                .getConfiguration().getSeries().getFirst();
        assertThat(employment.getData()).hasSize(4);
        assertThat(employment.getData()[0].intValue()).isEqualTo(30768);
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingMoreAreasAddsALinePerSubsectorAndArea() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("indicators", QueryParameters.fromString("s=333&a=17031&from=2022-Q1&to=2025-Q4"));
        MultiSelectComboBox<String> areas = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Areas"));

        areas.setValue(Set.of("17031", "17043"));

        var series = _get(Chart.class, spec -> spec.withId("explorer-employment")).getConfiguration().getSeries();
        assertThat(series).filteredOn(s -> !ChartData.EVENTS_SERIES_ID.equals(s.getId())).hasSize(2);
        assertThat(series).filteredOn(s -> ChartData.EVENTS_SERIES_ID.equals(s.getId())).as("the partnership's events")
                .hasSize(1);
        Grid<ExplorerRow> grid = _get(Grid.class, spec -> spec.withId("explorer-numbers"));
        assertThat(_size(grid)).isEqualTo(32);
        assertThat(_get(grid, 0).point().industryCode()).isEqualTo("333");
    }

    @Test
    @SuppressWarnings("unchecked")
    void subsectorsAreNamedAsEverywhereElseInTheApp() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("indicators");
        MultiSelectComboBox<String> subsectors = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Subsectors"));

        assertThat(subsectors.getItemLabelGenerator().apply("332")).isEqualTo("332 Fabricated Metal Product Manufacturing");
        assertThat(subsectors.getItemLabelGenerator().apply("326")).isEqualTo("326 Plastics and Rubber Products Manufacturing");
    }
}
