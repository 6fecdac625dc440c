package org.partnerdashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.Organization;
import org.partnerdashboard.base.OrganizationKind;
import org.partnerdashboard.base.OrganizationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo data as loaded at start-up (300 placements, 200 suppliers, 40 requests); on H2 and PostgreSQL. */
abstract class DemoDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OrganizationRepository organizations;

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void loadsEveryProgramInTheRequestedSize() {
        assertThat(count("SELECT COUNT(*) FROM placement")).isEqualTo(300);
        assertThat(count("SELECT COUNT(*) FROM job_seeker")).as("a few people placed twice")
                .isEqualTo(count("SELECT COUNT(DISTINCT job_seeker_id) FROM placement")).isBetween(270L, 299L);
        assertThat(count("SELECT COUNT(*) FROM retention_check")).isEqualTo(900);
        assertThat(count("SELECT COUNT(*) FROM supplier")).isEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM sourcing_request")).isEqualTo(40);
        assertThat(count("SELECT COUNT(*) FROM supplier_match")).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT industry_code) FROM subsector_indicator")).isEqualTo(22);
        assertThat(count("SELECT COUNT(DISTINCT area_fips) FROM subsector_indicator")).as("8 areas and 2 peer metros")
                .isEqualTo(10);
        assertThat(count("SELECT COUNT(*) FROM area WHERE partnership_area = FALSE")).isEqualTo(2);
    }

    @Test
    void bringsTwoImportedListsPartlyVerified() {
        assertThat(jdbc.queryForList("SELECT name FROM supplier_source ORDER BY name", String.class))
                .containsExactly("IL certified vendors", "IMA members 2026");
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE registration_status = 'IMPORTED'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE source_id IS NOT NULL AND registration_status = 'APPROVED'"))
                .isPositive();
        assertThat(count("SELECT COUNT(*) FROM supplier WHERE registration_status = 'IMPORTED' AND source_id IS NULL"))
                .isZero();
        assertThat(count("SELECT SUM(added) FROM supplier_import"))
                .isEqualTo(count("SELECT COUNT(*) FROM supplier WHERE source_id IS NOT NULL"));
        assertThat(count("SELECT COUNT(*) FROM supplier s JOIN supplier_decision d ON d.supplier_id = s.id"
                + " WHERE s.source_id IS NOT NULL AND d.decision IN ('REGISTERED', 'APPROVED', 'REJECTED', 'MERGED')"))
                .as("listed companies did not register")
                .isZero();
    }

    @Test
    void someonePlacedAgainWasPlacedAfterTheEarlierPlacementEndedAndByTheSameOrganization() {
        assertThat(count("""
                SELECT COUNT(*) FROM placement a JOIN placement b ON a.job_seeker_id = b.job_seeker_id AND a.id < b.id
                WHERE a.placing_organization_id <> b.placing_organization_id
                    OR (a.start_date <= b.start_date AND (a.end_date IS NULL OR a.end_date >= b.start_date))
                    OR (b.start_date <= a.start_date AND (b.end_date IS NULL OR b.end_date >= a.start_date))"""))
                .isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM placement WHERE credential IS NOT NULL
                    AND (placement_type = 'DIRECT_HIRE' OR status <> 'COMPLETED')""")).isZero();
    }

    @Test
    void placesPeopleOnlyThroughTheFiveCommunityOrganizations() {
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT o.name FROM placement p JOIN organization o ON o.id = p.placing_organization_id
                ORDER BY o.name""", String.class))
                .containsExactly("Bethel New Life", "Instituto del Progreso Latino", "Kinzie Industrial Development Corp.",
                        "OAI Inc.", "Safer Foundation");
    }

    @Test
    void startsNoPlacementBeforeTheCampaignOrAfterToday() {
        assertThat(count("SELECT COUNT(*) FROM placement WHERE start_date < DATE '2015-01-01' OR start_date > DATE '2026-06-15'"))
                .isZero();
    }

    @Test
    void leavesUndisclosedIndicatorsUnknownNotZero() {
        assertThat(count("SELECT COUNT(*) FROM subsector_indicator WHERE disclosed = FALSE")).isPositive();
        assertThat(count("""
                SELECT COUNT(*) FROM subsector_indicator
                WHERE disclosed = FALSE AND (month3_employment IS NOT NULL OR average_weekly_wage IS NOT NULL)""")).isZero();
        assertThat(count("SELECT COUNT(*) FROM subsector_indicator WHERE disclosed = FALSE AND source = 'BLS QCEW'"
                + " AND establishments IS NULL")).as("BLS publishes establishments where it withholds the rest").isZero();
    }

    @Test
    void newRowsSavedAfterTheLoadGetFreshIds() {
        long highest = count("SELECT MAX(id) FROM organization");

        Organization saved = organizations.save(new Organization("Test Employer " + getClass().getSimpleName(),
                OrganizationKind.EMPLOYER));

        assertThat(saved.getId()).isGreaterThan(highest);
        organizations.delete(saved);
    }
}
