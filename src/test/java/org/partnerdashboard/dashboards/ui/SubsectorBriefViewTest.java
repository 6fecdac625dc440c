package org.partnerdashboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.dashboards.SubsectorSummary;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The three programs per subsector, and the printable brief, from the one data model. */
class SubsectorBriefViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySubsectorShowsItsEconomyPlacementsAndSuppliers() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate(SubsectorOverviewView.class);

        Grid<SubsectorSummary> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(21);
        int row = 0;
        while (!_get(grid, row).subsector().code().equals("332")) {
            row++;
        }
        SubsectorSummary metal = _get(grid, row);
        assertThat(metal.placements()).isEqualTo(count("SELECT COUNT(*) FROM placement WHERE naics_code = '332'"));
        assertThat(metal.approvedSuppliers()).isEqualTo(count("SELECT COUNT(*) FROM supplier WHERE naics_code = '332'"
                + " AND registration_status = 'APPROVED'"));
        assertThat(metal.latest().quarter().toString()).isEqualTo("2025 Q4");
        assertThat(_getFormattedRow(grid, row).get(1)).matches("[\\d,]+");
    }

    @Test
    void theBriefShowsTheQuarterWithArrowsTheTrendAndBothPrograms() {
        signInAs("executive");
        UI.getCurrent().navigate("brief/332", QueryParameters.fromString("area=17031&q=2016-Q4"));

        assertThat(_get(H1.class).getText()).isEqualTo("332 Fabricated Metal Product Manufacturing");
        assertThat(_find(Span.class, spec -> spec.withClasses("brief-period")).getFirst().getText())
                .isEqualTo("Cook County, IL · 2016 Q4");
        assertThat(_find(Span.class, spec -> spec.withClasses("brief-value")).getFirst().getText()).matches("[\\d,]+");
        assertThat(_find(Span.class, spec -> spec.withClasses("brief-change")).getFirst().getText())
                .isEqualTo("▼ -1.3% over the year (BLS)"); // Cook 2016 Q4: BLS's own change, not one against demo data
        assertThat(_get(Paragraph.class, spec -> spec.withId("brief-since")).getText())
                .startsWith("Since the last brief (2016 Q3): employment ");
        ListSeries trend = (ListSeries) _get(Chart.class).getConfiguration().getSeries().getFirst();
        assertThat(trend.getData()).as("2015 Q1 to 2016 Q4: the figures start in 2015").hasSize(8);

        UI.getCurrent().navigate("brief/332", QueryParameters.fromString("area=17031&q=2019-Q4"));
        trend = (ListSeries) _get(Chart.class).getConfiguration().getSeries().getFirst();
        assertThat(trend.getData()).hasSize(12);
        assertThat(_find(ListItem.class)).hasSizeBetween(1, 5);
    }

    @Test
    void communityOrganizationStaffSeeSmallGroupsSuppressed() {
        signInAs("safer.staff");
        UI.getCurrent().navigate("brief/316", QueryParameters.fromString("area=17031"));

        assertThat(_get(H1.class).getText()).startsWith("316 ");
        long placed = count("SELECT COUNT(*) FROM placement WHERE naics_code = '316'");
        String shown = _get(_get(Div.class, spec -> spec.withId("brief-placements")),
                Span.class, spec -> spec.withClasses("brief-value")).getText();
        assertThat(shown).isEqualTo(placed > 0 && placed < 5 ? "<5" : String.valueOf(placed));
    }
}
