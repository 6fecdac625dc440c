package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.partnerdashboard.base.InvalidInputException;

/** The campaign's rules for job seekers and placements. Pure: the caller supplies today and the campaign. */
final class PlacementRules {

    static final BigDecimal MIN_WAGE = new BigDecimal("7.25");
    static final BigDecimal MAX_WAGE = new BigDecimal("200.00");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");
    private static final Pattern PHONE = Pattern.compile("[0-9()+.\\- ]{7,30}");

    private PlacementRules() {
    }

    static void checkJobSeeker(JobSeekerDraft d) {
        require(d.firstName(), "job-seeker.first-name");
        require(d.lastName(), "job-seeker.last-name");
        if (d.referringOrganizationId() == null) {
            throw new InvalidInputException("error.required", "job-seeker.organization");
        }
        if (blank(d.firstName()).length() > 100 || blank(d.lastName()).length() > 100) {
            throw new InvalidInputException("job-seeker.error.name-too-long");
        }
        if (!blank(d.email()).isEmpty() && !EMAIL.matcher(d.email().trim()).matches()) {
            throw new InvalidInputException("job-seeker.error.email");
        }
        if (!blank(d.phone()).isEmpty() && !PHONE.matcher(d.phone().trim()).matches()) {
            throw new InvalidInputException("job-seeker.error.phone");
        }
        if (!blank(d.zipCode()).isEmpty() && !ZIP.matcher(d.zipCode().trim()).matches()) {
            throw new InvalidInputException("job-seeker.error.zip");
        }
        if (d.communityAreaNumber() != null && (d.communityAreaNumber() < 1 || d.communityAreaNumber() > 77)) {
            throw new InvalidInputException("job-seeker.error.community-area");
        }
    }

    static void checkPlacement(PlacementDraft d, CampaignSettings campaign, LocalDate today) {
        if (d.employerId() == null) {
            throw new InvalidInputException("error.required", "placements.employer");
        }
        require(d.jobTitle(), "placements.job-title");
        if (d.naicsCode() == null) {
            throw new InvalidInputException("error.required", "placements.subsector");
        }
        if (d.type() == null) {
            throw new InvalidInputException("error.required", "placements.type");
        }
        if (d.status() == null) {
            throw new InvalidInputException("error.required", "placements.status");
        }
        if (d.startDate() == null) {
            throw new InvalidInputException("error.required", "placements.start-date");
        }
        if (d.startDate().isBefore(campaign.start()) || d.startDate().isAfter(campaign.end())) {
            throw new InvalidInputException("placement.error.start-outside-campaign", campaign.start().toString(),
                    campaign.end().toString());
        }
        if (d.startDate().isAfter(today)) {
            throw new InvalidInputException("placement.error.start-in-future");
        }
        if (d.endDate() != null && (d.endDate().isBefore(d.startDate()) || d.endDate().isAfter(today))) {
            throw new InvalidInputException("placement.error.end-date");
        }
        if (d.status() == PlacementStatus.ACTIVE && d.endDate() != null) {
            throw new InvalidInputException("placement.error.active-with-end");
        }
        if (d.status() != PlacementStatus.ACTIVE && d.endDate() == null) {
            throw new InvalidInputException("placement.error.closed-without-end");
        }
        if (d.hourlyWage() == null && d.type() != PlacementType.TRAINING) {
            throw new InvalidInputException("placement.error.wage-required");
        }
        if (d.hourlyWage() != null && (d.hourlyWage().compareTo(MIN_WAGE) < 0 || d.hourlyWage().compareTo(MAX_WAGE) > 0)) {
            throw new InvalidInputException("placement.error.wage-range", MIN_WAGE.toPlainString(),
                    MAX_WAGE.toPlainString());
        }
        if (blank(d.jobTitle()).length() > 150) {
            throw new InvalidInputException("placement.error.title-too-long");
        }
    }

    private static void require(String value, String fieldKey) {
        if (blank(value).isEmpty()) {
            throw new InvalidInputException("error.required", fieldKey);
        }
    }

    static String blank(String value) {
        return value == null ? "" : value.trim();
    }
}
