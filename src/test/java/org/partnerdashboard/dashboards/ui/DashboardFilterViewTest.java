package org.partnerdashboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.events.PointClickEvent;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The overview's global filters: from a link, from a chart click, cleared; every figure obeys them. */
class DashboardFilterViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private List<String> values(String kpiRow) {
        return _find(_get(Div.class, spec -> spec.withId(kpiRow)), KpiCard.class)
                .stream().map(KpiCard::value).toList();
    }

    private List<String> chips() {
        return _find(_get(Div.class, spec -> spec.withId("active-filters")), Span.class,
                spec -> spec.withClasses("filter-chip")).stream().map(s -> s.getElement().getTextRecursively()).toList();
    }

    @Test
    void aLinkReproducesTheFilteredView() {
        signInAs("wbc.staff");
        long instituto = count("SELECT id FROM organization WHERE name = 'Instituto del Progreso Latino'");

        UI.getCurrent().navigate("", QueryParameters.fromString(
                "subsector=332&organization=" + instituto + "&from=2020-01-01&to=2026-06-30"));

        assertThat(values("campaign-kpis").getFirst()).isEqualTo(String.valueOf(count(
                "SELECT COUNT(*) FROM placement WHERE naics_code = '332' AND placing_organization_id = ?", instituto)));
        assertThat(values("program-kpis").getFirst()).isEqualTo(String.valueOf(count("SELECT COUNT(*) FROM placement"
                + " WHERE naics_code = '332' AND placing_organization_id = ? AND start_date >= DATE '2020-01-01'"
                + " AND start_date <= DATE '2026-06-30'", instituto)));
        assertThat(values("program-kpis").get(1)).isEqualTo(String.valueOf(count("SELECT COUNT(*) FROM supplier"
                + " WHERE naics_code = '332' AND registration_status = 'APPROVED' AND registered_on >= DATE '2020-01-01'"
                + " AND registered_on <= DATE '2026-06-30'")));
        assertThat(chips()).containsExactly("Jan 1, 2020 to Jun 30, 2026", "332 Fabricated Metal Product Manufacturing",
                "Instituto del Progreso Latino");
        String href = _get(Anchor.class, spec -> spec.withId("drill-to-placements")).getHref();
        assertThat(href).startsWith("placements?");
        assertThat(QueryParameters.fromString(href.substring("placements?".length())).getParameters()).isEqualTo(
                QueryParameters.fromString("organization=" + instituto + "&subsector=332&from=2020-01-01&to=2026-06-30")
                        .getParameters());
    }

    @Test
    void clickingABarFiltersThePageAndClearAllUndoesIt() {
        signInAs("executive");
        UI.getCurrent().navigate("");
        List<String> everything = values("program-kpis");
        Chart counties = _get(Chart.class, spec -> spec.withId("suppliers-by-county-chart"));
        String firstCounty = counties.getConfiguration().getxAxis().getCategories()[0];

        ComponentUtil.fireEvent(counties, new PointClickEvent(counties, true, 0, 0, false, false, false, false, 0, 0, 0,
                0, firstCounty, 0, null));

        assertThat(chips()).containsExactly(firstCounty);
        String fips = jdbc.queryForObject("SELECT fips FROM area WHERE name = ?", String.class, firstCounty);
        assertThat(values("program-kpis").get(1)).isEqualTo(String.valueOf(count("SELECT COUNT(*) FROM supplier"
                + " WHERE county_fips = ? AND registration_status = 'APPROVED'", fips)));
        assertThat(values("program-kpis").get(2)).isEqualTo(String.valueOf(count("SELECT COUNT(*) FROM sourcing_request"
                + " WHERE preferred_county_fips = ? AND status IN ('OPEN', 'SCOUTING', 'INTRODUCED')", fips)));

        _click(_get(Button.class, spec -> spec.withId("clear-overview-filters")));
        assertThat(chips()).isEmpty();
        assertThat(values("program-kpis")).isEqualTo(everything);
    }

    @Test
    void theUrlFormatRoundTrips() {
        DashboardFilter filter = new DashboardFilter(LocalDate.of(2025, 1, 1), null, "17043", "333", 7L);

        assertThat(DashboardFilterParameters.fromQuery(DashboardFilterParameters.toQuery(filter))).isEqualTo(filter);
        assertThat(DashboardFilterParameters.fromQuery(QueryParameters.fromString("from=yesterday&county=99999&subsector=541")))
                .isEqualTo(DashboardFilter.NONE);
    }

    @Test
    void communityStaffFilterOnlyTheirOwnOrganization() {
        signInAs("oai.staff");
        UI.getCurrent().navigate("");
        openFilters();

        assertThat(_find(ComboBox.class, spec -> spec.withLabel("County"))).hasSize(1);
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Community organization"))).isEmpty();
    }

    @Test
    void theFieldsAreMadeWhenTheFiltersAreFirstOpenedAndShowTheFilterFromTheAddress() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("", QueryParameters.fromString("county=17043"));
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("County"))).isEmpty(); // an open page holds no fields
        assertThat(chips()).containsExactly("DuPage County, IL");

        openFilters();
        ComboBox<?> county = _get(ComboBox.class, spec -> spec.withLabel("County"));
        assertThat(county.getValue()).extracting("name").isEqualTo("DuPage County, IL");
        county.clear();
        assertThat(chips()).isEmpty();
        assertThat(values("campaign-kpis").getFirst()).isEqualTo(String.valueOf(count("SELECT COUNT(*) FROM placement")));
    }

    private static void openFilters() {
        _get(Details.class, spec -> spec.withClasses("filter-panel")).setOpened(true);
    }
}
