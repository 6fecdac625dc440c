package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.GroupCount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who sees which placement rows, enforced by the service whatever page or sort is asked; on H2 and PostgreSQL. */
abstract class PlacementAccessTests {

    @Autowired
    PlacementService service;

    @Autowired
    JdbcTemplate jdbc;

    private long placementsOf(String organization) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM placement p JOIN organization o ON o.id = p.placing_organization_id
                WHERE o.name = ?""", Long.class, organization);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void communityOrganizationStaffSeeOnlyTheirOwnPlacementsWithNames() {
        List<PlacementRow> rows = service.findRows(PlacementFilter.NONE, PageRequest.of(0, 300, Sort.by("organization")));

        assertThat(service.countRows(PlacementFilter.NONE)).isEqualTo(placementsOf("Bethel New Life")).isPositive();
        assertThat(rows).hasSize((int) placementsOf("Bethel New Life"));
        assertThat(rows).extracting(PlacementRow::organization).containsOnly("Bethel New Life");
        assertThat(rows).extracting(PlacementRow::jobSeekerName).doesNotContainNull();
    }

    @Test
    @WithUserDetails("safer.staff")
    void pagingOrSortingNeverReachesAnotherOrganizationsRows() {
        long own = placementsOf("Safer Foundation");

        assertThat(service.findRows(PlacementFilter.NONE, PageRequest.of(1, (int) own))).isEmpty();
        assertThat(service.findRows(PlacementFilter.NONE, PageRequest.of(0, 1000, Sort.by(Sort.Order.desc("organization")))))
                .extracting(PlacementRow::organization).containsOnly("Safer Foundation");
    }

    @Test
    @WithUserDetails("oai.staff")
    void filteringByAnotherOrganizationShowsNothing() {
        long safer = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Safer Foundation'", Long.class);
        PlacementFilter saferOnly = new PlacementFilter(safer, null, null, null, null, null, null, null, null, null);

        assertThat(service.findRows(saferOnly, PageRequest.of(0, 50))).isEmpty();
        assertThat(service.countRows(saferOnly)).isZero();
        assertThat(service.totals(saferOnly).placements()).isZero();
        assertThat(service.placingOrganizations()).extracting(OrganizationChoice::name).containsExactly("OAI Inc.");
    }

    @Test
    @WithUserDetails("wbc.staff")
    void campaignStaffSeeEveryPlacementWithNames() {
        assertThat(service.countRows(PlacementFilter.NONE)).isEqualTo(300);
        assertThat(service.findRows(PlacementFilter.NONE, PageRequest.of(0, 300)))
                .extracting(PlacementRow::jobSeekerName).doesNotContainNull();
    }

    @Test
    @WithUserDetails("admin")
    void administratorsSeeRowsWithoutPersonalData() {
        List<PlacementRow> rows = service.findRows(PlacementFilter.NONE, PageRequest.of(0, 50));

        assertThat(rows).hasSize(50);
        assertThat(rows).extracting(PlacementRow::jobSeekerName).containsOnlyNulls();
    }

    @Test
    @WithUserDetails("imec.staff")
    void supplyChainStaffGetAggregatesButNoRows() {
        assertThatThrownBy(() -> service.findRows(PlacementFilter.NONE, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.countRows(PlacementFilter.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.campaignProgress().placementsToDate()).isEqualTo(300);
    }

    @Test
    @WithUserDetails("executive")
    void executivesGetAggregatesButNoRows() {
        assertThatThrownBy(() -> service.findRows(PlacementFilter.NONE, PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.campaignProgress().goal()).isEqualTo(1000);
    }

    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private Map<String, Long> exactCountsThisYear() {
        Map<String, Long> exact = new HashMap<>();
        jdbc.query("""
                SELECT o.name, COUNT(*) FROM placement p JOIN organization o ON o.id = p.placing_organization_id
                WHERE p.start_date BETWEEN DATE '2026-01-01' AND DATE '2026-12-31' GROUP BY o.name""",
                row -> {
                    exact.put(row.getString(1), row.getLong(2));
                });
        assertThat(exact.values()).as("the demo data must have small groups for this test").anyMatch(n -> n < 5);
        return exact;
    }

    @Test
    @WithUserDetails("executive")
    void viewersOutsideTheOrganizationSeeCountsRoundedToFive() {
        Map<String, Long> exact = exactCountsThisYear();

        List<GroupCount> groups = service.placementsByOrganization(YEAR_START, YEAR_END);

        assertThat(groups).hasSize(exact.size());
        for (GroupCount group : groups) {
            assertThat(group.count()).as(group.label()).isIn(roundings(exact.get(group.label())));
        }
    }

    /** The two multiples of 5 a count can be rounded to (one when it is a multiple already). */
    private static List<Long> roundings(long exact) {
        long down = exact - exact % 5;
        return exact % 5 == 0 ? List.of(exact) : List.of(down, down + 5);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void communityStaffSeeTheirOwnSmallGroupExactlyButNotOthers() {
        Map<String, Long> exact = exactCountsThisYear();

        for (GroupCount group : service.placementsByOrganization(YEAR_START, YEAR_END)) {
            long real = exact.get(group.label());
            assertThat(group.count()).as(group.label()).isIn(group.label().equals("Bethel New Life")
                    ? List.of(real) : roundings(real));
        }
    }

    @Test
    @WithUserDetails("wbc.staff")
    void campaignStaffSeeEveryGroupExactly() {
        Map<String, Long> exact = exactCountsThisYear();

        assertThat(service.placementsByOrganization(YEAR_START, YEAR_END))
                .allSatisfy(group -> assertThat(group.count()).isEqualTo(exact.get(group.label())));
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> service.findRows(PlacementFilter.NONE, PageRequest.of(0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> service.campaignProgress())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
