package org.partnerdashboard.dashboards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.charts.Chart;
import com.vaadin.flow.component.charts.model.ListSeries;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.base.ui.KpiCard;
import org.partnerdashboard.dashboards.LiveDashboardsAccess;
import org.partnerdashboard.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardViewTest extends KaribuTest {

    @BeforeEach
    void signIn() {
        signInAs("wbc.staff");
    }

    @Test
    void opensAtTheRootWithTheCampaignHeadlines() {
        UI.getCurrent().navigate("");

        _get(DashboardView.class);
        List<String> kpiValues = LocatorJ._find(
                _get(Div.class, spec -> spec.withId("campaign-kpis")), KpiCard.class)
                .stream().map(KpiCard::value).toList();
        assertThat(kpiValues).containsExactly("300", "30%", "45");
    }

    @Test
    void chartsCumulativePlacementsUpToTodayAgainstTheGoal() {
        UI.getCurrent().navigate(DashboardView.class);

        Chart chart = _get(Chart.class, spec -> spec.withId("campaign-goal-chart"));
        ListSeries actual = (ListSeries) chart.getConfiguration().getSeries().get(0);
        ListSeries pace = (ListSeries) chart.getConfiguration().getSeries().get(1);

        Number[] points = actual.getData();
        assertThat(points[points.length - 1].longValue()).isEqualTo(300);
        assertThat(points).hasSize(138); // Jan 2015 to Jun 2026
        assertThat(pace.getData()).hasSize(183); // the whole campaign, to Mar 2030
        assertThat(chart.getConfiguration().getyAxis().getPlotLines()[0].getValue()).isEqualTo(1000);
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    /** Another user's change, committed: one pending registration approved, and put back afterwards. */
    @Test
    void updatesItselfWhenAnotherUserChangesTheData() throws InterruptedException {
        UI.getCurrent().navigate(DashboardView.class);
        String suppliersBefore = programKpis().get(1);
        long pending = jdbc.queryForObject("SELECT MIN(id) FROM supplier WHERE registration_status = 'PENDING'",
                Long.class);
        try {
            jdbc.update("UPDATE supplier SET registration_status = 'APPROVED' WHERE id = ?", pending);
            events.publishEvent(new DataChange(Program.SUPPLIERS));
            String expected = String.valueOf(Long.parseLong(suppliersBefore) + 1);
            // the refresh is coalesced and pushed from another thread: poll for it, up to ten coalescing windows
            long deadline = System.currentTimeMillis() + 10L * LiveDashboardsAccess.coalesceMillis() + 2000;
            while (!programKpis().get(1).equals(expected) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
                MockVaadin.runUIQueue();
            }

            assertThat(programKpis().get(1)).isEqualTo(expected);
        } finally {
            jdbc.update("UPDATE supplier SET registration_status = 'PENDING' WHERE id = ?", pending);
            events.publishEvent(new DataChange(Program.SUPPLIERS));
        }
    }

    private List<String> programKpis() {
        return LocatorJ._find(
                _get(Div.class, spec -> spec.withId("program-kpis")), KpiCard.class)
                .stream().map(KpiCard::value).toList();
    }
}
