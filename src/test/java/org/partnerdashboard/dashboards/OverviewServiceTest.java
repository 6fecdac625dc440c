package org.partnerdashboard.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.security.PresentationLinks;
import org.partnerdashboard.support.PartnerDashboardTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Many open dashboards share one computation of the overview, until the data changes. */
@PartnerDashboardTest
@WithUserDetails("executive")
class OverviewServiceTest {

    @Autowired
    OverviewService overview;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PresentationLinks presentations;

    @Test
    void fiftyDashboardsComputeOnceAndAgainOnlyWhatAChangeTouches() {
        for (Program program : Program.values()) {
            events.publishEvent(new DataChange(program));
        }
        long before = overview.computations();

        for (int dashboard = 0; dashboard < 50; dashboard++) {
            overview.figures();
            overview.placementsByOrganizationThisYear();
        }
        // progress, placements this year, suppliers by county, open requests, employment; by organization
        assertThat(overview.computations() - before).isEqualTo(6);

        events.publishEvent(new DataChange(Program.SUPPLIERS));
        overview.figures();
        overview.figures();
        assertThat(overview.computations() - before).isEqualTo(7);

        events.publishEvent(new DataChange(Program.PLACEMENTS));
        overview.figures();
        overview.placementsByOrganizationThisYear();
        assertThat(overview.computations() - before).isEqualTo(10);
    }

    @Test
    void aRoomOfViewersThroughOnePresentationLinkSharesOneComputation() {
        var presentation = presentations.open(presentations.issue("Room", "", PresentationLinks.DEFAULT_DAYS))
                .orElseThrow();
        for (Program program : Program.values()) {
            events.publishEvent(new DataChange(program));
        }
        long before = overview.computations();

        for (int viewer = 0; viewer < 50; viewer++) {
            OverviewFigures figures = presentations.asAudience(presentation,
                    () -> overview.figuresForAudience(DashboardFilter.NONE));
            assertThat(figures.progress().placementsToDate() % 5).as("rounded for the room").isZero();
        }
        // progress, placements this year, suppliers by county, open requests, employment
        assertThat(overview.computations() - before).isEqualTo(5);
    }

    @Test
    void theFiguresAreTheDatabasesTotals() {
        events.publishEvent(new DataChange(Program.SOURCING));
        OverviewFigures figures = overview.figures();

        assertThat(figures.progress().placementsToDate()).isEqualTo(300);
        assertThat(figures.placementsInPeriod()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM placement WHERE start_date >= DATE '2026-01-01'", Long.class));
        assertThat(figures.approvedSuppliers()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM supplier WHERE registration_status = 'APPROVED'", Long.class));
        assertThat(figures.openRequests()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM sourcing_request WHERE status IN ('OPEN', 'SCOUTING', 'INTRODUCED')", Long.class));
        assertThat(figures.employment().industryCode()).isEqualTo("31-33");
        assertThat(figures.employment().areaFips()).isEqualTo("C1698");
        assertThat(figures.employmentChangePercent()).isNotNull();
    }
}
