package org.partnerdashboard.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.partnerdashboard.base.GroupCount;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.security.Disclosure;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attacks the disclosure control as a curious viewer would: asks for every organization × subsector × county ×
 * month (and longer periods, some starting mid-month), records every figure about people the answer holds with the
 * group of placements it counts, then combines them: each figure alone, each difference of a figure and one inside
 * it, each total against its parts, always with the bounds the rounding leaves (a rounded figure stands for anything
 * within 4 of it, never below 0; exact where the viewer may see exactly). Whatever answers (the services, the stats
 * API) is plugged in as a function.
 */
public final class DisclosureAttack {

    /** The test clock's year: "this year" when a filter has no period. */
    public static final int YEAR = 2026;

    /** What one question answered: the period counted and the figures about people. */
    public record Answer(DashboardFilter answered, long placementsInPeriod, long placementsToDate,
            Map<YearMonth, Long> cumulativeByMonth, List<GroupCount> byOrganization, List<GroupCount> bySubsector) {
    }

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

    private final JdbcTemplate jdbc;
    private final Predicate<Long> exactForOrganization;
    private final List<Placement> placements;
    private final Map<Cell, Long> published = new HashMap<>();
    private final List<Split> splits = new ArrayList<>();
    private final Map<Cell, Long> exactCounts = new HashMap<>();

    /** @param exactForOrganization whether the viewer sees that organization's (null: several's) figures exactly */
    public DisclosureAttack(JdbcTemplate jdbc, Predicate<Long> exactForOrganization) {
        this.jdbc = jdbc;
        this.exactForOrganization = exactForOrganization;
        this.placements = jdbc.query("""
                SELECT p.placing_organization_id, p.naics_code, e.county_fips, p.start_date
                FROM placement p JOIN organization e ON e.id = p.employer_id""",
                (rs, i) -> new Placement(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getDate(4).toLocalDate()));
    }

    /** Asks every filter, then fails if any group of 1–4 people comes out as one certain value, or reads as one. */
    public void run(Function<DashboardFilter, Answer> ask) {
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
                        DashboardFilter asked = new DashboardFilter(period[0], period[1], county, subsector,
                                organization);
                        record(asked, ask.apply(asked));
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

    /** Every figure of an answer, with the group of placements each one counts. */
    private void record(DashboardFilter asked, Answer answer) {
        LocalDate from = answer.answered().from();
        LocalDate to = answer.answered().to();
        if (from == null && to == null) { // the overview's period when none is asked: this year
            from = LocalDate.of(YEAR, 1, 1);
            to = LocalDate.of(YEAR, 12, 31);
        }
        Cell inPeriod = new Cell(asked.organizationId(), asked.subsectorCode(), asked.countyFips(), from, to);
        record(inPeriod, answer.placementsInPeriod());
        record(new Cell(asked.organizationId(), asked.subsectorCode(), asked.countyFips(), null, null),
                answer.placementsToDate());
        answer.cumulativeByMonth().forEach((month, cumulative) -> record(new Cell(asked.organizationId(),
                asked.subsectorCode(), asked.countyFips(), null, month.atEndOfMonth()), cumulative));
        List<Cell> byOrganization = new ArrayList<>();
        for (GroupCount group : answer.byOrganization()) {
            Cell part = new Cell(Long.valueOf(group.key()), asked.subsectorCode(), asked.countyFips(), from, to);
            record(part, group.count());
            byOrganization.add(part);
        }
        splits.add(new Split(inPeriod, byOrganization));
        List<Cell> bySubsector = new ArrayList<>();
        for (GroupCount group : answer.bySubsector()) {
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
        return exactForOrganization.test(cell.organization());
    }

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
