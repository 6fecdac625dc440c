package org.partnerdashboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.DataSeries;
import com.vaadin.flow.component.charts.model.DataSeriesItem;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.security.ui.LoginView;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Roundtable mode cycles through its pages and shows only rounded counts of people whoever presents. */
class RoundtableViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void cyclesThroughThePagesOnATimer() {
        signInAs("executive");
        UI.getCurrent().navigate("roundtable", QueryParameters.fromString("seconds=20"));
        RoundtableView roundtable = _get(RoundtableView.class);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(20_000);
        assertThat(_get(H1.class).getText()).isEqualTo("1000 Jobs for Chicagoland Manufacturing");
        assertThat(_find(Span.class, spec -> spec.withClasses("roundtable-value")).getFirst().getText()).isEqualTo("300");
        roundtable.next();
        assertThat(_get(Chart.class).getId()).contains("roundtable-goal");
        assertThat(_get(Chart.class).getConfiguration().getExporting().getEnabled()).isFalse();
        roundtable.next();
        assertThat(_get(H1.class).getText()).isEqualTo("The region's manufacturing programs");
        roundtable.next();
        roundtable.next();
        assertThat(_get(H1.class).getText()).isEqualTo("1000 Jobs for Chicagoland Manufacturing");
    }

    @Test
    void campaignStaffPresentingStillShowTheRoomOnlyRoundedCounts() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("roundtable");
        RoundtableView roundtable = _get(RoundtableView.class);
        for (int i = 0; i < 3; i++) {
            roundtable.next();
        }
        DataSeries bars = (DataSeries) _get(Chart.class).getConfiguration().getSeries().getFirst();
        Map<String, Long> shown = bars.getData().stream().collect(Collectors.toMap(DataSeriesItem::getName,
                item -> item.getY().longValue()));
        Map<String, Long> exact = jdbc.query("""
                SELECT o.name, COUNT(*) FROM placement p JOIN organization o ON o.id = p.placing_organization_id
                WHERE p.start_date >= DATE '2026-01-01' GROUP BY o.name""", rs -> {
                    Map<String, Long> counts = new HashMap<>();
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getLong(2));
                    }
                    return counts;
                });

        assertThat(exact.values()).as("the demo data has a small group").anyMatch(n -> n > 0 && n < 5);
        assertThat(exact.values()).as("and a count that is not a multiple of 5").anyMatch(n -> n % 5 != 0);
        exact.forEach((name, count) -> assertThat(shown.get(name)).as(name).isIn(5 * (count / 5),
                5 * (count / 5) + (count % 5 == 0 ? 0 : 5)));
        assertThat(shown.values()).allMatch(n -> n % 5 == 0);
    }

    @Test
    void withoutASignInOrAValidTokenItAsksToSignIn() {
        UI.getCurrent().navigate("roundtable", QueryParameters.fromString("token=pd_unknown"));

        _get(LoginView.class);
        assertThat(_find(RoundtableView.class)).isEmpty();
    }
}
