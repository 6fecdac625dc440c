package org.partnerdashboard.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.DataChange;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.base.Program;
import org.partnerdashboard.placements.CampaignProgress;
import org.partnerdashboard.security.CurrentUser;
import org.partnerdashboard.security.Disclosure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Attacks the disclosure control as a curious viewer would: asks the overview for every organization × subsector ×
 * county × month (and longer periods, some starting mid-month), collects every figure about people it answers, then
 * combines them (each figure alone, differences of a figure and any figure inside it, a total against its parts,
 * always with the bounds the rounding leaves: a rounded figure stands for anything within 4 of it) and fails if any
 * group of 1–4 people the viewer may not see comes out as one certain value, or reads as one.
 * On H2 and PostgreSQL, with the demo data's small groups.
 */
abstract class DisclosureAttackTests {

    private static final int YEAR = 2026; // the test clock's year: "this year" when a filter has no period

    @Autowired
    OverviewService overview;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    /** A group of placements a figure counts: null dimensions are not narrowed. */
    record Cell(Long organization, String subsector, String county, LocalDate from, LocalDate to) {

        boolean contains(Cell inner) {
            return (organization == null || organization.equals(inner.organization))
                    && (subsector == null || subsector.equals(inner.subsector))
                    && (county == null || county.equals(inner.county))
                    && (from == null || (inner.from != null && !inner.from.isBefore(from)))
                    && (to == null || (inner.to != null && !inner.to.isAfter(to)));
        }
    }

    private record Placement(long organization, String subsector, String county, LocalDate start) {
    }

    /** A breakdown: a total and the parts it splits into. */
    private record Split(Cell total, List<Cell> parts) {
    }

    private final Map<Cell, Long> published = new HashMap<>();
    private final List<Split> splits = new ArrayList<>();
    private List<Placement> placements;
    private Disclosure viewer;

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
        viewer = currentUser.disclosure();
        placements = jdbc.query("""
                SELECT p.placing_organization_id, p.naics_code, e.county_fips, p.start_date
                FROM placement p JOIN organization e ON e.id = p.employer_id""",
                (rs, i) -> new Placement(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate()));
        List<Long> organizations = new ArrayList<>(jdbc.queryForList(
                "SELECT DISTINCT placing_organization_id FROM placement ORDER BY 1", Long.class));
        organizations.add(0, null);
        List<String> subsectors = new ArrayList<>(jdbc.queryForList("""
                SELECT naics_code FROM placement GROUP BY naics_code ORDER BY COUNT(*) DESC, naics_code""",
                String.class));
        // the largest subsector, and the three smallest (where small groups are)
        List<String> chosenSubsectors = new ArrayList<>();
        chosenSubsectors.add(null);
        chosenSubsectors.add(subsectors.getFirst());
        chosenSubsectors.addAll(subsectors.subList(Math.max(1, subsectors.size() - 3), subsectors.size()));
        List<String> counties = new ArrayList<>(jdbc.queryForList("""
                SELECT e.county_fips FROM placement p JOIN organization e ON e.id = p.employer_id
                WHERE e.county_fips IS NOT NULL GROUP BY e.county_fips ORDER BY COUNT(*) DESC, e.county_fips""",
                String.class).subList(0, 2));
        counties.add(0, null);

        List<LocalDate[]> periods = new ArrayList<>();
        periods.add(new LocalDate[] {null, null});
        for (int month = 1; month <= 12; month++) {
            YearMonth m = YearMonth.of(YEAR - (month > 6 ? 1 : 0), month);
            periods.add(new LocalDate[] {m.atDay(1), m.atEndOfMonth()});
        }
        periods.add(new LocalDate[] {LocalDate.of(YEAR - 1, 1, 1), LocalDate.of(YEAR - 1, 12, 31)});
        periods.add(new LocalDate[] {LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 6, 30)});
        periods.add(new LocalDate[] {LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 3, 31)});
        periods.add(new LocalDate[] {LocalDate.of(YEAR, 1, 15), LocalDate.of(YEAR, 2, 14)}); // days, not months
        periods.add(new LocalDate[] {LocalDate.of(YEAR, 3, 2), LocalDate.of(YEAR, 3, 30)});

        for (Long organization : organizations) {
            for (String subsector : chosenSubsectors) {
                for (String county : counties) {
                    for (LocalDate[] period : periods) {
                        ask(new DashboardFilter(period[0], period[1], county, subsector, organization));
                    }
                }
            }
        }
        assertThat(published).as("figures collected").hasSizeGreaterThan(1000);
        assertThat(published.keySet()).as("the data has groups of 1-4 to protect")
                .anyMatch(cell -> !exactFor(cell) && between1And4(exact(cell)));

        List<String> derived = new ArrayList<>();
        published.forEach((cell, value) -> {
            if (!exactFor(cell) && between1And4(value) && value == exact(cell)) {
                derived.add("shown: " + cell + " = " + value);
            }
        });
        differences(derived);
        splits.forEach(split -> bounds(split, derived));
        assertThat(derived).as("groups of 1-4 people derived").isEmpty();
    }

    /** Every figure the overview answers for the filter, with the group of placements each one counts. */
    private void ask(DashboardFilter asked) {
        DashboardFilter answered = overview.effectiveFilter(asked);
        LocalDate from = answered.from();
        LocalDate to = answered.to();
        if (from == null && to == null) { // the overview's period when none is asked: this year
            from = LocalDate.of(YEAR, 1, 1);
            to = LocalDate.of(YEAR, 12, 31);
        }
        OverviewFigures figures = overview.figures(asked);
        Cell inPeriod = new Cell(asked.organizationId(), asked.subsectorCode(), asked.countyFips(), from, to);
        record(inPeriod, figures.placementsInPeriod());
        CampaignProgress progress = figures.progress();
        Cell allTime = new Cell(asked.organizationId(), asked.subsectorCode(), asked.countyFips(), null, null);
        record(allTime, progress.placementsToDate());
        List<Cell> months = new ArrayList<>();
        for (CampaignProgress.Point point : progress.points()) {
            if (point.cumulative() != null && point.month().getYear() >= YEAR - 1) {
                Cell upTo = new Cell(asked.organizationId(), asked.subsectorCode(), asked.countyFips(), null,
                        point.month().atEndOfMonth());
                record(upTo, point.cumulative());
                months.add(upTo);
            }
        }
        List<Cell> byOrganization = new ArrayList<>();
        for (GroupCount group : overview.placementsByOrganization(asked)) {
            Cell part = new Cell(Long.valueOf(group.key()), asked.subsectorCode(), asked.countyFips(), from, to);
            record(part, group.count());
            byOrganization.add(part);
        }
        splits.add(new Split(inPeriod, byOrganization));
        List<Cell> bySubsector = new ArrayList<>();
        for (GroupCount group : overview.placementsBySubsector(asked)) {
            Cell part = new Cell(asked.organizationId(), group.key(), asked.countyFips(), from, to);
            record(part, group.count());
            bySubsector.add(part);
        }
        splits.add(new Split(inPeriod, bySubsector));
    }

    private void record(Cell cell, Long value) {
        assertThat(value).as("%s is answered", cell).isNotNull();
        Long before = published.put(cell, value);
        assertThat(before == null || before.equals(value)).as("%s answered %d, then %d", cell, before, value)
                .isTrue();
    }

    /**
     * A figure minus any figure about a group inside it: the difference is a group too. It is derived when the two
     * figures' bounds leave one value, or when both are rounded and their difference reads as a count of 1–4.
     */
    private void differences(List<String> derived) {
        for (Cell outer : published.keySet()) {
            for (Cell inner : published.keySet()) {
                if (outer.equals(inner) || !outer.contains(inner) || (exactFor(outer) && exactFor(inner))) {
                    continue;
                }
                long shown = published.get(outer) - published.get(inner);
                long low = Math.max(0, low(outer) - high(inner));
                long high = high(outer) - low(inner);
                if ((low == high && between1And4(low))
                        || (!exactFor(outer) && !exactFor(inner) && between1And4(shown))) {
                    derived.add("difference: " + outer + " − " + inner + " = " + shown + " (true "
                            + (exact(outer) - exact(inner)) + ")");
                }
            }
        }
    }

    /**
     * A total and its parts, each known only within the rounding's reach (±4, never below 0; exact where the viewer
     * may see it): a part is pinned down when the others' bounds and the total's leave it one value.
     */
    private void bounds(Split split, List<String> derived) {
        long totalLow = low(split.total());
        long totalHigh = high(split.total());
        for (Cell part : split.parts()) {
            if (exactFor(part)) {
                continue;
            }
            long othersLow = 0;
            long othersHigh = 0;
            for (Cell other : split.parts()) {
                if (!other.equals(part)) {
                    othersLow += low(other);
                    othersHigh += high(other);
                }
            }
            long low = Math.max(low(part), totalLow - othersHigh);
            long high = Math.min(high(part), totalHigh - othersLow);
            if (low == high && between1And4(low)) {
                derived.add("bounds: " + part + " = " + low + " from " + split.total());
            }
        }
    }

    private long low(Cell cell) {
        long value = published.get(cell);
        return exactFor(cell) ? value : Math.max(0, value - (Disclosure.BASE - 1));
    }

    private long high(Cell cell) {
        long value = published.get(cell);
        return exactFor(cell) ? value : value + Disclosure.BASE - 1;
    }

    private boolean exactFor(Cell cell) {
        return viewer.exactFor(cell.organization());
    }

    private final Map<Cell, Long> exactCounts = new HashMap<>();

    private long exact(Cell cell) {
        return exactCounts.computeIfAbsent(cell, c -> placements.stream().filter(p ->
                (c.organization() == null || c.organization() == p.organization())
                        && (c.subsector() == null || c.subsector().equals(p.subsector()))
                        && (c.county() == null || c.county().equals(p.county()))
                        && (c.from() == null || !p.start().isBefore(c.from()))
                        && (c.to() == null || !p.start().isAfter(c.to()))).count());
    }

    private static boolean between1And4(long n) {
        return n >= 1 && n < Disclosure.BASE;
    }
}
