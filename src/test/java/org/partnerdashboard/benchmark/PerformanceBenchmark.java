package org.partnerdashboard.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.partnerdashboard.benchmark.Measurements.sized;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.dashboards.DashboardFilter;
import org.partnerdashboard.dashboards.OverviewService;
import org.partnerdashboard.placements.JobSeekerDetails;
import org.partnerdashboard.placements.JobSeekerService;
import org.partnerdashboard.placements.PlacementDraft;
import org.partnerdashboard.placements.PlacementFilter;
import org.partnerdashboard.placements.PlacementService;
import org.partnerdashboard.placements.PlacementStatus;
import org.partnerdashboard.suppliers.RegistrationStatus;
import org.partnerdashboard.suppliers.SupplierDirectoryService;
import org.partnerdashboard.suppliers.SupplierFilter;
import org.partnerdashboard.support.KaribuTest;
import org.partnerdashboard.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed at the campaign's full history and beyond: 1,000,000 placements, 50,000 suppliers, 20,000 sourcing requests
 * and eleven years of indicators for every subsector and Chicago-area county, seeded by the demo generator into a
 * database kept between runs. Measures grid pages and counts, every dashboard aggregate beside the bare SQL
 * {@code GROUP BY} it stands for, and the server time to build views; median and p95 of {@value #RUNS} runs, each
 * with different input (H2 caches the result of an identical query on unchanged data). Not part of the test run:
 * {@code mvn test -Pbench} (see docs/performance.md).
 */
abstract class PerformanceBenchmark extends KaribuTest {

    static final int RUNS = 15;

    @Autowired
    PlacementService placements;

    @Autowired
    SupplierDirectoryService suppliers;

    @Autowired
    OverviewService overview;

    @Autowired
    JobSeekerService jobSeekers;

    @Autowired
    JdbcTemplate jdbc;

    abstract String database();

    @Test
    void measure() {
        // as the database's own maintenance has done on a server that has been up a while (and as the demo
        // generator does after seeding): a data set seeded by an older build may not have had it
        jdbc.execute(database().equals("PostgreSQL") ? "VACUUM ANALYZE" : "ANALYZE");
        Measurements results = new Measurements(database());
        System.out.printf("%n%s: %,d placements, %,d suppliers, %,d sourcing requests, %,d indicator rows; %s%n",
                database(), count("placement"), count("supplier"), count("sourcing_request"),
                count("subsector_indicator"), Measurements.machine());
        signInAs("wbc.staff");
        placementGrid(results);
        dashboardAggregates(results);
        views(results);
        // enough UIs that what they keep (40 MB or more) stands well above the noise of H2's caches in the same heap
        heapPerView(results, "overview", "", 300);
        heapPerView(results, "placements grid", "placements", 300);
        heapPerView(results, "roundtable", "roundtable", 2000);
        signInAs("imec.staff");
        supplierGrid(results);
        supplierView(results);
        results.write();
    }

    /** Median of three rounds of {@code uis} UIs each, from class histograms; spread and largest classes printed. */
    private static void heapPerView(Measurements results, String name, String route, int uis) {
        RetainedHeap.Footprint footprint = RetainedHeap.perUi(route, uis, 3);
        System.out.printf("heap per open %s: %s%n", name, footprint);
        results.figure("views", "retained heap per open " + name + " (" + uis + " UIs, median of 3 rounds, live "
                + "objects)", footprint.kilobytes(), "KB");
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private void placementGrid(Measurements results) {
        Sort newest = Sort.by(Sort.Direction.DESC, "startDate");
        results.time("placements", "first page (50 rows, newest first)", RUNS,
                sized(run -> placements.findRows(PlacementFilter.NONE, PageRequest.of(run % 3, 50, newest)).size()));
        results.time("placements", "page 10,000 rows deep", RUNS,
                sized(run -> placements.findRows(PlacementFilter.NONE, PageRequest.of(200 + run, 50, newest)).size()));
        results.time("placements", "filtered and sorted page (organization, status; by wage)", RUNS,
                sized(run -> placements.findRows(organizationAndStatus(run), PageRequest.of(0, 50,
                        Sort.by(Sort.Direction.DESC, "hourlyWage"))).size()));
        results.time("placements", "count (organization, status)", RUNS,
                sized(run -> (int) placements.countRows(organizationAndStatus(run))));
        results.time("placements", "a placement edited and saved (its month recounted in the rollup)", RUNS,
                run -> changePlacements(100 + run));
        results.time("placements", "count (everything)", RUNS,
                sized(run -> (int) placements.countRows(run % 2 == 0 ? PlacementFilter.NONE
                        : new PlacementFilter(null, null, null, null, null, LocalDate.of(2015, 1, 1), null, null, null,
                                null))));
    }

    private List<Long> organizations;

    private PlacementFilter organizationAndStatus(int run) {
        if (organizations == null) {
            organizations = jdbc.queryForList("SELECT id FROM organization WHERE kind = 'COMMUNITY_ORGANIZATION' "
                    + "ORDER BY id", Long.class);
        }
        return new PlacementFilter(organizations.get(run % organizations.size()), null, null, null,
                PlacementStatus.values()[run % PlacementStatus.values().length], null, null, null, null, null);
    }

    private void supplierGrid(Measurements results) {
        Sort byName = Sort.by("legalName");
        results.time("suppliers", "first page (50 rows, by name)", RUNS,
                sized(run -> suppliers.find(SupplierFilter.APPROVED, PageRequest.of(run % 3, 50, byName)).size()));
        results.time("suppliers", "page 10,000 rows deep", RUNS,
                sized(run -> suppliers.find(SupplierFilter.APPROVED, PageRequest.of(200 + run, 50, byName)).size()));
        String[] counties = {"17031", "17043", "17089", "17093", "17097", "17111", "17197"};
        results.time("suppliers", "filtered and sorted page (county, subsector; by size)", RUNS,
                sized(run -> suppliers.find(countyAndSubsector(run, counties), PageRequest.of(0, 50,
                        Sort.by(Sort.Direction.DESC, "employeeCount"))).size()));
        results.time("suppliers", "count (county, subsector)", RUNS,
                sized(run -> (int) suppliers.count(countyAndSubsector(run, counties))));
        results.time("suppliers", "count (status)", RUNS, sized(run -> (int) suppliers.count(new SupplierFilter(null,
                null, null, null, null, null, null, null, null, RegistrationStatus.values()[run % 4]))));
    }

    private static SupplierFilter countyAndSubsector(int run, String[] counties) {
        String[] subsectors = {"332", "333", "326", "311", "336"};
        return new SupplierFilter(null, subsectors[run % 5], null, null, null, null, counties[run % counties.length],
                null, null, RegistrationStatus.APPROVED);
    }

    /**
     * Each figure as the dashboard serves it (shared, computed once per change), as computed right after a change,
     * and the bare SQL over the raw rows it stands for.
     */
    private void dashboardAggregates(Measurements results) {
        LocalDate yearStart = LocalDate.of(TestClock.NOW.atZone(ZoneOffset.UTC).getYear(), 1, 1);
        LocalDate campaignStart = LocalDate.of(2015, 1, 1);
        DashboardFilter[] filters = {DashboardFilter.NONE, DashboardFilter.NONE.withSubsector("332"),
            DashboardFilter.NONE.withCounty("17031")};
        // the bare SQL varies a bound by a day or so per run (every row still counts), so H2 cannot serve its cache
        results.time("overview", "headline figures and campaign progress, served", RUNS,
                run -> overview.figures(filters[run % 3]), sized(run -> (int) overview.figures(filters[run % 3])
                        .placementsInPeriod()));
        for (DashboardFilter filter : filters) {
            results.time("overview", "headline figures and campaign progress, after a change, " + describe(filter), 3,
                    this::changePlacements,
                    sized(run -> (int) overview.figures(filter).placementsInPeriod()));
        }
        results.time("overview", "bare SQL: placements per month (GROUP BY year, month)", RUNS,
                sized(run -> jdbc.queryForList("SELECT EXTRACT(YEAR FROM start_date), EXTRACT(MONTH FROM start_date),"
                        + " COUNT(*) FROM placement WHERE start_date >= ? GROUP BY EXTRACT(YEAR FROM start_date),"
                        + " EXTRACT(MONTH FROM start_date)", campaignStart.minusDays(run + 1)).size()));
        results.time("overview", "bare SQL: placements to date (COUNT over all rows)", RUNS,
                sized(run -> jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE start_date >= ?", Integer.class,
                        campaignStart.minusDays(run + 1))));
        results.time("overview", "placements by organization, served", RUNS,
                run -> overview.placementsByOrganization(filters[run % 3]),
                sized(run -> overview.placementsByOrganization(filters[run % 3]).size()));
        results.time("overview", "placements by organization, after a change", RUNS,
                this::changePlacements,
                sized(run -> overview.placementsByOrganization(filters[run % 3]).size()));
        results.time("overview", "bare SQL: placements per organization this year", RUNS,
                sized(run -> jdbc.queryForList("SELECT placing_organization_id, COUNT(*) FROM placement WHERE "
                        + "start_date >= ? GROUP BY placing_organization_id", yearStart.minusDays(run % 2)).size()));
        results.time("overview", "placements by subsector, served", RUNS,
                run -> overview.placementsBySubsector(filters[run % 3]),
                sized(run -> overview.placementsBySubsector(filters[run % 3]).size()));
        results.time("overview", "placements by subsector, after a change", RUNS,
                this::changePlacements,
                sized(run -> overview.placementsBySubsector(filters[run % 3]).size()));
        results.time("overview", "bare SQL: placements per subsector this year", RUNS,
                sized(run -> jdbc.queryForList("SELECT naics_code, COUNT(*) FROM placement WHERE start_date >= ?"
                        + " GROUP BY naics_code", yearStart.minusDays(run % 2)).size()));
        results.time("overview", "bare SQL: approved suppliers per county", RUNS,
                sized(run -> jdbc.queryForList("SELECT county_fips, COUNT(*) FROM supplier WHERE registration_status ="
                        + " 'APPROVED' AND registered_on >= ? GROUP BY county_fips", campaignStart.minusYears(30)
                        .minusDays(run)).size()));
    }

    /**
     * A real change, as a user's edit makes: a placement saved through the editor's service (its month recounted in
     * the rollup), the change announced after commit. (An announcement alone would let H2 answer the recomputation
     * from its cache of identical queries on unchanged tables.)
     */
    private void changePlacements(int run) {
        long placementId = 1000L + run;
        long seekerId = jdbc.queryForObject("SELECT job_seeker_id FROM placement WHERE id = ?", Long.class, placementId);
        JobSeekerDetails.Placed placed = jobSeekers.load(seekerId).placements().stream()
                .filter(p -> p.id() == placementId).findFirst().orElseThrow();
        PlacementDraft d = placed.data();
        jobSeekers.updatePlacement(placementId, placed.version(), new PlacementDraft(d.employerId(), d.jobTitle(),
                d.naicsCode(), d.type(), d.startDate(), d.endDate(), d.hourlyWage(), !d.fullTime(), d.status()));
    }

    private static String describe(DashboardFilter filter) {
        return filter.subsectorCode() != null ? "subsector 332" : filter.countyFips() != null ? "Cook County"
                : "no filter";
    }

    /** Server time to build a view, warm: from another page, as a user clicking the menu; grids fetch a page. */
    private void views(Measurements results) {
        results.time("views", "overview dashboard (server build, warm)", RUNS,
                run -> UI.getCurrent().navigate("follow-ups"), run -> UI.getCurrent().navigate(""));
        results.time("views", "placements grid with its first page (server build, warm)", RUNS,
                run -> UI.getCurrent().navigate("follow-ups"), run -> {
                    UI.getCurrent().navigate("placements");
                    GridKt._fetch(_get(Grid.class), 0, 50);
                });
    }

    private void supplierView(Measurements results) {
        results.time("views", "supplier directory with its first page (server build, warm)", RUNS,
                run -> UI.getCurrent().navigate("sourcing"), run -> {
                    UI.getCurrent().navigate("suppliers");
                    GridKt._fetch(_get(Grid.class), 0, 50);
                });
    }
}
