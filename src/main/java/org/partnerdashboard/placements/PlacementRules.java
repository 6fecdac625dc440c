package org.partnerdashboard.placements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.partnerdashboard.base.InputProblems;
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

    /** @throws InvalidInputException naming every field that is wrong, in the form's order */
    static void checkJobSeeker(JobSeekerDraft d) {
        InputProblems problems = new InputProblems();
        name(problems, d.firstName(), "job-seeker.first-name");
        name(problems, d.lastName(), "job-seeker.last-name");
        if (d.referringOrganizationId() == null) {
            problems.add("error.required", "job-seeker.organization");
        }
        if (!blank(d.email()).isEmpty() && !EMAIL.matcher(d.email().trim()).matches()) {
            problems.add("job-seeker.error.email", "job-seeker.email");
        }
        if (!blank(d.phone()).isEmpty() && !PHONE.matcher(d.phone().trim()).matches()) {
            problems.add("job-seeker.error.phone", "follow-ups.phone");
        }
        if (!blank(d.zipCode()).isEmpty() && !ZIP.matcher(d.zipCode().trim()).matches()) {
            problems.add("job-seeker.error.zip", "job-seeker.zip");
        }
        if (d.communityAreaNumber() != null && (d.communityAreaNumber() < 1 || d.communityAreaNumber() > 77)) {
            problems.add("job-seeker.error.community-area", "job-seeker.community-area");
        }
        problems.throwIfAny();
    }

    /** @throws InvalidInputException naming every field that is wrong, in the form's order */
    static void checkPlacement(PlacementDraft d, CampaignSettings campaign, LocalDate today) {
        InputProblems problems = new InputProblems();
        if (d.employerId() == null) {
            problems.add("error.required", "placements.employer");
        }
        if (blank(d.jobTitle()).isEmpty()) {
            problems.add("error.required", "placements.job-title");
        } else if (blank(d.jobTitle()).length() > 150) {
            problems.add("placement.error.title-too-long", "placements.job-title");
        }
        if (d.naicsCode() == null) {
            problems.add("error.required", "placements.subsector");
        }
        if (d.type() == null) {
            problems.add("error.required", "placements.type");
        }
        if (d.status() == null) {
            problems.add("error.required", "placements.status");
        }
        dates(problems, d, campaign, today);
        if (d.hourlyWage() == null && d.type() != null && d.type() != PlacementType.TRAINING) {
            problems.add("placement.error.wage-required", "placements.wage");
        } else if (d.hourlyWage() != null
                && (d.hourlyWage().compareTo(MIN_WAGE) < 0 || d.hourlyWage().compareTo(MAX_WAGE) > 0)) {
            problems.add("placement.error.wage-range", "placements.wage", MIN_WAGE.toPlainString(),
                    MAX_WAGE.toPlainString());
        }
        problems.throwIfAny();
    }

    private static void dates(InputProblems problems, PlacementDraft d, CampaignSettings campaign, LocalDate today) {
        if (d.startDate() == null) {
            problems.add("error.required", "placements.start-date");
        } else if (d.startDate().isBefore(campaign.start()) || d.startDate().isAfter(campaign.end())) {
            problems.add("placement.error.start-outside-campaign", "placements.start-date", campaign.start().toString(),
                    campaign.end().toString());
        } else if (d.startDate().isAfter(today)) {
            problems.add("placement.error.start-in-future", "placements.start-date");
        }
        if (d.endDate() != null && d.startDate() != null
                && (d.endDate().isBefore(d.startDate()) || d.endDate().isAfter(today))) {
            problems.add("placement.error.end-date", "placement.end-date");
        } else if (d.status() == PlacementStatus.ACTIVE && d.endDate() != null) {
            problems.add("placement.error.active-with-end", "placement.end-date");
        } else if (d.status() != null && d.status() != PlacementStatus.ACTIVE && d.endDate() == null) {
            problems.add("placement.error.closed-without-end", "placement.end-date");
        }
        String credential = blank(d.credential());
        if (credential.length() > 150) {
            problems.add("placement.error.credential-too-long", "placement.credential", 150);
        } else if (!credential.isEmpty() && (d.type() == PlacementType.DIRECT_HIRE
                || d.status() != PlacementStatus.COMPLETED)) {
            problems.add("placement.error.credential-completed", "placement.credential");
        }
    }

    private static void name(InputProblems problems, String value, String fieldKey) {
        if (blank(value).isEmpty()) {
            problems.add("error.required", fieldKey);
        } else if (blank(value).length() > 100) {
            problems.add("job-seeker.error.name-too-long", fieldKey);
        }
    }

    static String blank(String value) {
        return value == null ? "" : value.trim();
    }
}
