package org.partnerdashboard.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;

/** The campaign's rules, one broken at a time, each naming what is wrong. */
class PlacementRulesTest {

    private static final CampaignSettings CAMPAIGN = new CampaignSettings(1000, LocalDate.of(2015, 1, 1),
            LocalDate.of(2030, 3, 31));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static PlacementDraft placement(LocalDate start, LocalDate end, BigDecimal wage, PlacementType type,
            PlacementStatus status) {
        return new PlacementDraft(7L, "Machine Operator", "332", type, start, end, wage, true, status);
    }

    private static PlacementDraft active(BigDecimal wage) {
        return placement(LocalDate.of(2026, 3, 2), null, wage, PlacementType.DIRECT_HIRE, PlacementStatus.ACTIVE);
    }

    private static void fails(Runnable check, String key) {
        assertThatThrownBy(check::run).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo(key);
    }

    @Test
    void aCompletePlacementPasses() {
        assertThatCode(() -> PlacementRules.checkPlacement(active(new BigDecimal("19.25")), CAMPAIGN, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void datesStayInsideTheCampaignAndThePast() {
        fails(() -> PlacementRules.checkPlacement(placement(LocalDate.of(2014, 12, 31), null, BigDecimal.TEN,
                PlacementType.DIRECT_HIRE, PlacementStatus.ACTIVE), CAMPAIGN, TODAY),
                "placement.error.start-outside-campaign");
        fails(() -> PlacementRules.checkPlacement(placement(TODAY.plusDays(1), null, BigDecimal.TEN,
                PlacementType.DIRECT_HIRE, PlacementStatus.ACTIVE), CAMPAIGN, TODAY), "placement.error.start-in-future");
        fails(() -> PlacementRules.checkPlacement(placement(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1),
                BigDecimal.TEN, PlacementType.DIRECT_HIRE, PlacementStatus.ENDED), CAMPAIGN, TODAY),
                "placement.error.end-date");
    }

    @Test
    void statusAndEndDateAgree() {
        fails(() -> PlacementRules.checkPlacement(placement(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                BigDecimal.TEN, PlacementType.DIRECT_HIRE, PlacementStatus.ACTIVE), CAMPAIGN, TODAY),
                "placement.error.active-with-end");
        fails(() -> PlacementRules.checkPlacement(placement(LocalDate.of(2026, 3, 2), null, BigDecimal.TEN,
                PlacementType.DIRECT_HIRE, PlacementStatus.ENDED), CAMPAIGN, TODAY),
                "placement.error.closed-without-end");
    }

    @Test
    void wagesAreRequiredExceptForTrainingAndWithinTheRange() {
        fails(() -> PlacementRules.checkPlacement(active(null), CAMPAIGN, TODAY), "placement.error.wage-required");
        assertThatCode(() -> PlacementRules.checkPlacement(placement(LocalDate.of(2026, 3, 2), null, null,
                PlacementType.TRAINING, PlacementStatus.ACTIVE), CAMPAIGN, TODAY)).doesNotThrowAnyException();
        fails(() -> PlacementRules.checkPlacement(active(new BigDecimal("7.24")), CAMPAIGN, TODAY),
                "placement.error.wage-range");
        fails(() -> PlacementRules.checkPlacement(active(new BigDecimal("200.01")), CAMPAIGN, TODAY),
                "placement.error.wage-range");
        assertThatCode(() -> PlacementRules.checkPlacement(active(PlacementRules.MIN_WAGE), CAMPAIGN, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void jobSeekersNeedNamesAnOrganizationAndWellFormedContacts() {
        JobSeekerDraft ok = new JobSeekerDraft(null, "Ada", "Okafor", "ada@example.org", "(773) 555-0141",
                "60624-1234", 26, 3L);
        assertThatCode(() -> PlacementRules.checkJobSeeker(ok)).doesNotThrowAnyException();
        fails(() -> PlacementRules.checkJobSeeker(new JobSeekerDraft(null, " ", "Okafor", null, null, null, null,
                3L)), "error.required");
        fails(() -> PlacementRules.checkJobSeeker(new JobSeekerDraft(null, "Ada", "Okafor", "ada@", null, null,
                null, 3L)), "job-seeker.error.email");
        fails(() -> PlacementRules.checkJobSeeker(new JobSeekerDraft(null, "Ada", "Okafor", null, null, "6062",
                null, 3L)), "job-seeker.error.zip");
        fails(() -> PlacementRules.checkJobSeeker(new JobSeekerDraft(null, "Ada", "Okafor", null, null, null, 78,
                3L)), "job-seeker.error.community-area");
    }

    @Test
    void everyWrongFieldOfAJobSeekerIsNamedAtOnce() {
        InvalidInputException invalid = catchThrowableOfType(InvalidInputException.class, () ->
                PlacementRules.checkJobSeeker(new JobSeekerDraft(null, "", " ", "ada@", null, "6062", null, null)));

        assertThat(invalid.problems()).extracting(InvalidInputException::fieldKey).containsExactly(
                "job-seeker.first-name", "job-seeker.last-name", "job-seeker.organization", "job-seeker.email",
                "job-seeker.zip");
    }

    @Test
    void aCredentialBelongsToACompletedTrainingOrApprenticeship() {
        PlacementDraft completed = new PlacementDraft(7L, "Welder trainee", "332", PlacementType.TRAINING,
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 3), null, true, PlacementStatus.COMPLETED,
                "AWS D1.1 Structural Welding");
        PlacementDraft hire = new PlacementDraft(7L, "Welder", "332", PlacementType.DIRECT_HIRE,
                LocalDate.of(2026, 1, 5), null, new BigDecimal("21.00"), true, PlacementStatus.ACTIVE, "OSHA 10");

        assertThatCode(() -> PlacementRules.checkPlacement(completed, CAMPAIGN, TODAY)).doesNotThrowAnyException();
        fails(() -> PlacementRules.checkPlacement(hire, CAMPAIGN, TODAY), "placement.error.credential-completed");
    }
}
