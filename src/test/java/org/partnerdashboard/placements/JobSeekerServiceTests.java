package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.ConcurrentEditException;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing job seekers and placements: rules, duplicates, concurrency, access; on H2 and PostgreSQL.
 * Each test's changes are rolled back, so the shared demo data stays as other tests expect it.
 */
@Transactional
abstract class JobSeekerServiceTests {

    @Autowired
    JobSeekerService jobSeekers;

    @Autowired
    JdbcTemplate jdbc;

    private long organization(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }

    private long anEmployer() {
        return jdbc.queryForObject("SELECT MIN(id) FROM organization WHERE kind = 'EMPLOYER'", Long.class);
    }

    private JobSeekerDraft person(String first, String last, String organization) {
        return new JobSeekerDraft(null, first, last, first.toLowerCase() + "@example.org", null, "60644", 25,
                organization(organization));
    }

    private PlacementDraft job(LocalDate start, BigDecimal wage, PlacementStatus status, LocalDate end) {
        return new PlacementDraft(anEmployer(), "CNC Operator", "332", PlacementType.DIRECT_HIRE, start, end, wage,
                true, status);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void createsAJobSeekerWithAPlacementAndItsThreeRetentionChecks() {
        long id = jobSeekers.create(person("Quentin", "Abernathy", "Bethel New Life"), false);
        long placement = jobSeekers.addPlacement(id, job(LocalDate.of(2026, 5, 1), new BigDecimal("19.50"),
                PlacementStatus.ACTIVE, null));

        JobSeekerDetails details = jobSeekers.load(id);
        assertThat(details.data().email()).isEqualTo("quentin@example.org");
        assertThat(details.contactsVisible()).isTrue();
        assertThat(details.placements()).extracting(JobSeekerDetails.Placed::id).containsExactly(placement);
        assertThat(jdbc.queryForList("SELECT due_date FROM retention_check WHERE placement_id = ? ORDER BY milestone_days",
                Date.class, placement)).extracting(Date::toLocalDate)
                .containsExactly(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 30), LocalDate.of(2026, 10, 28));
    }

    @Test
    @WithUserDetails("bethel.staff")
    void refusesPlacementsThatBreakTheCampaignRules() {
        long id = jobSeekers.create(person("Rosalind", "Bexley", "Bethel New Life"), false);
        BigDecimal wage = new BigDecimal("18.00");

        assertThatThrownBy(() -> jobSeekers.addPlacement(id, job(LocalDate.of(2014, 12, 31), wage, PlacementStatus.ACTIVE, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("placement.error.start-outside-campaign");
        assertThatThrownBy(() -> jobSeekers.addPlacement(id, job(LocalDate.of(2026, 7, 1), wage, PlacementStatus.ACTIVE, null)))
                .hasMessageContaining("placement.error.start-in-future");
        assertThatThrownBy(() -> jobSeekers.addPlacement(id, job(LocalDate.of(2026, 1, 5), new BigDecimal("4.00"),
                PlacementStatus.ACTIVE, null))).hasMessageContaining("placement.error.wage-range");
        assertThatThrownBy(() -> jobSeekers.addPlacement(id, job(LocalDate.of(2026, 1, 5), wage, PlacementStatus.ACTIVE,
                LocalDate.of(2026, 2, 1)))).hasMessageContaining("placement.error.active-with-end");
        assertThatThrownBy(() -> jobSeekers.addPlacement(id, job(LocalDate.of(2026, 1, 5), wage, PlacementStatus.ENDED, null)))
                .hasMessageContaining("placement.error.closed-without-end");

        jobSeekers.addPlacement(id, job(LocalDate.of(2026, 1, 5), wage, PlacementStatus.ACTIVE, null));
        assertThatThrownBy(() -> jobSeekers.addPlacement(id, job(LocalDate.of(2026, 3, 1), wage, PlacementStatus.ACTIVE, null)))
                .hasMessageContaining("placement.error.one-active");
        jobSeekers.addPlacement(id, job(LocalDate.of(2025, 3, 1), wage, PlacementStatus.ENDED, LocalDate.of(2025, 9, 1)));
        assertThat(jobSeekers.load(id).placements()).hasSize(2);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void flagsALikelyDuplicateUntilTheUserConfirms() {
        jobSeekers.create(person("Theodora", "Castellanos", "Bethel New Life"), false);
        JobSeekerDraft again = new JobSeekerDraft(null, "theodora", "CASTELLANOS", null, null, null, null,
                organization("Bethel New Life"));

        assertThatThrownBy(() -> jobSeekers.create(again, false)).isInstanceOfSatisfying(PossibleDuplicateException.class,
                e -> assertThat(e.candidates()).extracting(DuplicateCandidate::name).containsExactly("Castellanos, Theodora"));
        assertThat(jobSeekers.create(again, true)).isPositive();
    }

    @Test
    @WithUserDetails("bethel.staff")
    void aStaleEditIsReportedNotApplied() {
        long id = jobSeekers.create(person("Ulysses", "Delacroix", "Bethel New Life"), false);
        JobSeekerDetails opened = jobSeekers.load(id);
        jobSeekers.update(id, opened.version(), new JobSeekerDraft(null, "Ulysses", "Delacroix", "u@example.org", null,
                "60624", 26, opened.data().referringOrganizationId()), false);

        assertThatThrownBy(() -> jobSeekers.update(id, opened.version(), opened.data(), false))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jobSeekers.load(id).data().zipCode()).isEqualTo("60624");
    }

    @Test
    @WithUserDetails("bethel.staff")
    void communityStaffCannotReachAnotherOrganizationsPeople() {
        long saferPerson = jdbc.queryForObject("""
                SELECT MIN(s.id) FROM job_seeker s JOIN organization o ON o.id = s.referring_organization_id
                WHERE o.name = 'Safer Foundation'""", Long.class);

        assertThatThrownBy(() -> jobSeekers.load(saferPerson)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jobSeekers.create(person("Vera", "Eastman", "Safer Foundation"), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("wbc.staff")
    void campaignStaffEditWithoutSeeingOrOverwritingContacts() {
        long someone = jdbc.queryForObject("SELECT MIN(id) FROM job_seeker WHERE email IS NOT NULL", Long.class);
        String email = jdbc.queryForObject("SELECT email FROM job_seeker WHERE id = ?", String.class, someone);
        JobSeekerDetails details = jobSeekers.load(someone);
        assertThat(details.contactsVisible()).isFalse();
        assertThat(details.data().email()).isNull();

        jobSeekers.update(someone, details.version(), new JobSeekerDraft(details.data().externalId(),
                details.data().firstName(), details.data().lastName(), null, null, "60651", 23,
                details.data().referringOrganizationId()), false);

        assertThat(jdbc.queryForObject("SELECT email FROM job_seeker WHERE id = ?", String.class, someone)).isEqualTo(email);
        assertThat(jdbc.queryForObject("SELECT zip_code FROM job_seeker WHERE id = ?", String.class, someone)).isEqualTo("60651");
    }

    @Test
    @WithUserDetails("wbc.staff")
    void aTypedContactNamesNobodyToWhoMayNotSeeContactsAndTheCheckIsAudited() {
        String email = jdbc.queryForObject("SELECT MIN(email) FROM job_seeker WHERE email IS NOT NULL", String.class);
        long audited = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE target_type = "
                + "'JobSeekerDuplicateCheck'", Long.class);

        JobSeekerDraft stranger = new JobSeekerDraft(null, "Zebulon", "Quarrington", email, null, null, null,
                organization("Bethel New Life"));

        assertThat(jobSeekers.possibleDuplicates(stranger, null)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE target_type = "
                + "'JobSeekerDuplicateCheck'", Long.class)).isEqualTo(audited + 1);
    }

    @Test
    @WithUserDetails("bethel.staff")
    void anOrganizationsStaffAreWarnedOfTheirOwnPeopleByContactOnly() {
        long bethel = organization("Bethel New Life");
        Map<String, Object> own = jdbc.queryForMap("""
                SELECT id, email FROM job_seeker WHERE email IS NOT NULL AND referring_organization_id = ?
                ORDER BY id FETCH FIRST 1 ROWS ONLY""", bethel);
        String othersEmail = jdbc.queryForObject("""
                SELECT MIN(email) FROM job_seeker WHERE email IS NOT NULL AND referring_organization_id <> ?""",
                String.class, bethel);

        assertThat(jobSeekers.possibleDuplicates(new JobSeekerDraft(null, "Zebulon", "Quarrington",
                (String) own.get("EMAIL"), null, null, null, bethel), null)).extracting(DuplicateCandidate::id)
                .containsExactly(((Number) own.get("ID")).longValue());
        assertThat(jobSeekers.possibleDuplicates(new JobSeekerDraft(null, "Zebulon", "Quarrington", othersEmail,
                null, null, null, bethel), null)).as("another organization's person").isEmpty();
    }
}
