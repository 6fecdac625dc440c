package org.partnerdashboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Roundtable mode cycles through its pages and suppresses small groups whoever presents. */
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
    void campaignStaffPresentingStillShowTheRoomSmallGroupsAsLessThanFive() {
        signInAs("wbc.staff");
        UI.getCurrent().navigate("roundtable");
        RoundtableView roundtable = _get(RoundtableView.class);
        for (int i = 0; i < 3; i++) {
            roundtable.next();
        }
        List<String> labels = Arrays.asList(_get(Chart.class).getConfiguration().getxAxis().getCategories());
        List<String> small = jdbc.queryForList("""
                SELECT o.name FROM placement p JOIN organization o ON o.id = p.placing_organization_id
                WHERE p.start_date >= DATE '2026-01-01' GROUP BY o.name HAVING COUNT(*) < 5""", String.class);

        assertThat(small).isNotEmpty();
        small.forEach(name -> assertThat(labels).contains(name + " (<5)"));
    }

    @Test
    void withoutASignInOrAValidTokenItAsksToSignIn() {
        UI.getCurrent().navigate("roundtable", QueryParameters.fromString("token=pd_unknown"));

        _get(org.partnerdashboard.security.ui.LoginView.class);
        assertThat(_find(RoundtableView.class)).isEmpty();
    }
}
