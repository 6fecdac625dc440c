package org.partnerdashboard.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.partnerdashboard.support.DisclosureAttack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The disclosure control against a curious viewer of each kind, through the services every page, export and the
 * API use (the API itself: StatsApiIT); on H2 and PostgreSQL, with the demo data's small groups.
 */
abstract class DisclosureAttackTests {

    @Autowired
    OverviewService overview;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @WithUserDetails("executive")
    void anExecutiveCannotDeriveAGroupOfFewerThanFive() {
        attack();
    }

    @Test
    @WithUserDetails("imec.staff")
    void supplyChainStaffCannotDeriveAGroupOfFewerThanFive() {
        attack();
    }

    @Test
    @WithUserDetails("bethel.staff")
    void anOrganizationsStaffCannotDeriveAnotherOrganizationsGroupOfFewerThanFive() {
        attack();
    }

    @Test
    @WithUserDetails("executive")
    void theLinkFromTheIssueShowsNoExactSmallGroup() {
        long bethel = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Bethel New Life'", Long.class);
        DashboardFilter filter = new DashboardFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null,
                "332", bethel);
        long exact = jdbc.queryForObject("""
                SELECT COUNT(*) FROM placement WHERE placing_organization_id = ? AND naics_code = '332'
                AND start_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31'""", Long.class, bethel);

        OverviewFigures figures = overview.figures(filter);

        assertThat(figures.placementsInPeriod()).isIn(exact - exact % 5, exact - exact % 5 + 5);
        assertThat(figures.placementsInPeriod() % 5).isZero();
        assertThat(figures.progress().placementsToDate() % 5).isZero();
        assertThat(overview.placementsByOrganization(filter)).allMatch(g -> g.count() % 5 == 0);
        assertThat(overview.placementsBySubsector(filter)).allMatch(g -> g.count() % 5 == 0);
    }

    private void attack() {
        events.publishEvent(new DataChange(Program.PLACEMENTS));
        Disclosure viewer = currentUser.disclosure();
        new DisclosureAttack(jdbc, viewer::exactFor).run(this::answer);
    }

    /** What the overview answers this viewer: the figures, the breakdowns and the last two years' cumulative line. */
    private DisclosureAttack.Answer answer(DashboardFilter asked) {
        OverviewFigures figures = overview.figures(asked);
        Map<YearMonth, Long> cumulative = new LinkedHashMap<>();
        for (CampaignProgress.Point point : figures.progress().points()) {
            if (point.cumulative() != null && point.month().getYear() >= DisclosureAttack.YEAR - 1) {
                cumulative.put(point.month(), point.cumulative());
            }
        }
        return new DisclosureAttack.Answer(overview.effectiveFilter(asked), figures.placementsInPeriod(),
                figures.progress().placementsToDate(), cumulative, overview.placementsByOrganization(asked),
                overview.placementsBySubsector(asked));
    }
}
