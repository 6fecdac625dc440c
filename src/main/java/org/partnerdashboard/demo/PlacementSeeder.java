package org.partnerdashboard.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Job seekers and their placements (a few people placed a second time after an earlier placement ended), the
 * credentials completed programs earned, and their 30/90/180-day retention checks, with the attrition programs like
 * these see (about two in three still employed at 180 days).
 */
final class PlacementSeeder {

    private static final Logger log = LoggerFactory.getLogger(PlacementSeeder.class);
    private static final LocalDate CAMPAIGN_START = LocalDate.of(2015, 1, 1);
    private static final int[] MILESTONES = {30, 90, 180};

    private static final String INSERT_SEEKER = """
            INSERT INTO job_seeker (id, version, external_id, first_name, last_name, email, phone, zip_code,
                community_area_number, referring_organization_id, created_at)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_PLACEMENT = """
            INSERT INTO placement (id, version, external_id, job_seeker_id, placing_organization_id, employer_id,
                job_title, naics_code, placement_type, start_date, end_date, hourly_wage, full_time, status, created_at,
                credential)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final List<String> CREDENTIALS = List.of("NIMS Machining Level I", "AWS D1.1 Structural Welding",
            "OSHA 10 General Industry", "Certified Production Technician (MSSC)", "Forklift operator certification",
            "IPC-A-610 Electronics Assembly");
    /** Earlier placements that ended: people who may be placed again. */
    private final ArrayDeque<long[]> ended = new ArrayDeque<>();
    private static final String INSERT_CHECK = """
            INSERT INTO retention_check (id, version, placement_id, milestone_days, due_date, outcome, current_wage,
                checked_on)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Pick pick;
    private final Pick later;
    private final DemoOrganizations orgs;
    private final LocalDate today;

    /**
     * @param later its own stream for what came after the first demo (attrition, second placements, credentials,
     *              raises): the main stream is drawn exactly as before, so every other demo figure stays as it was
     */
    PlacementSeeder(JdbcTemplate jdbc, Pick pick, Pick later, DemoOrganizations orgs, LocalDate today) {
        this.jdbc = jdbc;
        this.pick = pick;
        this.later = later;
        this.orgs = orgs;
        this.today = today;
    }

    /** @return the number of retention checks written */
    long seed(int count) {
        long checkId = 1;
        long campaignDays = ChronoUnit.DAYS.between(CAMPAIGN_START, today);
        try (BatchWriter seekers = new BatchWriter(jdbc, INSERT_SEEKER, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE);
             BatchWriter placements = new BatchWriter(jdbc, INSERT_PLACEMENT, Types.BIGINT, Types.VARCHAR,
                Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DATE,
                Types.DATE, Types.NUMERIC, Types.BOOLEAN, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                Types.VARCHAR);
             BatchWriter checks = new BatchWriter(jdbc, INSERT_CHECK, Types.BIGINT, Types.BIGINT, Types.INTEGER,
                Types.DATE, Types.VARCHAR, Types.NUMERIC, Types.DATE)) {
            placements.after(seekers);
            checks.after(placements);
            for (long id = 1; id <= count; id++) {
                int orgIndex = pick.weighted(List.of(0, 1, 2, 3, 4), DemoVocabulary.COMMUNITY_ORGANIZATION_WEIGHTS);
                long orgId = orgs.communityOrganizationIds().get(orgIndex);
                String orgShort = orgs.communityOrganizationShortNames().get(orgIndex);
                String externalId = orgShort + "-" + (100000 + id);
                // later years place more people as the campaign grows
                LocalDate start = CAMPAIGN_START.plusDays((long) (Math.pow(pick.random().nextDouble(), 0.85) * campaignDays));
                long[] again = later.chance(0.08) ? placedBefore(start) : null;
                long seekerId = id;
                Object[] seeker = jobSeeker(id, externalId, orgShort, orgId, start);
                if (again == null) {
                    seekers.add(seeker);
                } else { // the same person, back with the organization that placed them
                    seekerId = again[0];
                    orgId = again[1];
                    orgShort = orgs.communityOrganizationShortNames().get((int) again[3]);
                    externalId = orgShort + "-" + (100000 + id);
                }
                Placed placed = place(start);
                placements.add(id, externalId, seekerId, orgId, placed.employerId, placed.jobTitle, placed.subsector,
                        placed.type, start, placed.endDate, placed.wage, placed.fullTime, placed.status,
                        atNoon(start.minusDays(pick.between(0, 14))), credential(placed));
                if (placed.endDate != null) {
                    ended.addLast(new long[] {seekerId, orgId, placed.endDate.toEpochDay(),
                            again == null ? orgIndex : again[3]});
                    if (ended.size() > 200) {
                        ended.removeFirst();
                    }
                }
                for (int milestone : MILESTONES) {
                    writeCheck(checks, checkId++, id, milestone, start, placed);
                }
                if (id % 100_000 == 0) {
                    log.info("Demo data: {} of {} placements written", id, count);
                }
            }
            return checks.written();
        }
    }

    /** Someone whose earlier placement ended a month or more before {@code start}, taken off the list; or null. */
    private long[] placedBefore(LocalDate start) {
        for (long[] earlier : ended) {
            if (earlier[2] < start.minusDays(30).toEpochDay()) {
                ended.remove(earlier);
                return earlier;
            }
        }
        return null;
    }

    /** Most completed trainings and apprenticeships earn a credential; nothing else records one. */
    private String credential(Placed placed) {
        boolean program = !"DIRECT_HIRE".equals(placed.type);
        return program && "COMPLETED".equals(placed.status) && later.chance(0.7) ? later.one(CREDENTIALS) : null;
    }

    private Object[] jobSeeker(long id, String externalId, String orgShort, long orgId, LocalDate start) {
        String first = pick.one(DemoVocabulary.FIRST_NAMES);
        String last = pick.one(DemoVocabulary.LAST_NAMES);
        int[] area = pick.chance(0.7) ? pick.one(DemoVocabulary.SERVICE_AREAS.get(orgShort))
                : pick.one(DemoVocabulary.CITYWIDE_AREAS);
        String email = pick.chance(0.85) ? (first + "." + last + id + "@example.org").toLowerCase(Locale.ROOT) : null;
        String phone = String.format("(%d) 555-%04d", pick.chance(0.7) ? 773 : 312, pick.between(0, 9999));
        return new Object[] {id, externalId, first, last, email, phone, String.valueOf(area[0]), area[1], orgId,
                atNoon(start.minusDays(pick.between(14, 90)))};
    }

    private record Placed(long employerId, String subsector, String jobTitle, String type, LocalDate endDate,
            BigDecimal wage, boolean fullTime, String status, Integer daysUntilLeft) {
    }

    private Placed place(LocalDate start) {
        String subsector = pick.weighted(DemoVocabulary.SUBSECTORS, DemoVocabulary.SUBSECTOR_WEIGHTS);
        List<Long> employers = orgs.employersBySubsector().get(subsector);
        if (employers == null) {
            subsector = "332";
            employers = orgs.employersBySubsector().get(subsector);
        }
        long employerId = pick.one(employers);
        String jobTitle = pick.one(DemoVocabulary.JOB_TITLES.getOrDefault(subsector, DemoVocabulary.GENERAL_JOB_TITLES));
        double roll = pick.random().nextDouble();
        String type = roll < 0.65 ? "DIRECT_HIRE" : roll < 0.87 ? "TRAINING" : "APPRENTICESHIP";
        if (pick.chance(0.35)) { // the first demo's draw, kept so the main stream stays as it was
            pick.between(10, 720);
        }
        // most who leave do so early: about one in ten within 30 days, a third within 180
        Integer daysUntilLeft = later.chance(0.7) ? 10 + (int) (Math.pow(later.random().nextDouble(), 1.8) * 700)
                : null;
        Integer programDays = switch (type) {
            case "TRAINING" -> pick.between(56, 120);
            case "APPRENTICESHIP" -> pick.between(365, 730);
            default -> null;
        };
        String status = "ACTIVE";
        LocalDate endDate = null;
        if (daysUntilLeft != null && (programDays == null || daysUntilLeft < programDays)
                && !start.plusDays(daysUntilLeft).isAfter(today)) {
            status = "ENDED";
            endDate = start.plusDays(daysUntilLeft);
        } else if (programDays != null && !start.plusDays(programDays).isAfter(today)) {
            status = "COMPLETED";
            endDate = start.plusDays(programDays);
        }
        if (!"ENDED".equals(status)) {
            daysUntilLeft = null;
        }
        boolean fullTime = pick.chance(switch (type) {
            case "TRAINING" -> 0.6;
            case "APPRENTICESHIP" -> 0.95;
            default -> 0.88;
        });
        return new Placed(employerId, subsector, jobTitle, type, endDate, wage(type, subsector, start), fullTime,
                status, daysUntilLeft);
    }

    private BigDecimal wage(String type, String subsector, LocalDate start) {
        if ("TRAINING".equals(type) && pick.chance(0.45)) {
            return null; // unpaid training
        }
        double base = switch (subsector) {
            case "324", "325", "334", "336" -> 21.0;
            case "331", "332", "333", "335" -> 19.0;
            case "311", "312", "326" -> 17.0;
            default -> 16.0;
        };
        double years = ChronoUnit.DAYS.between(CAMPAIGN_START, start) / 365.25;
        double wage = (base + pick.gaussian() * 2.5) * Math.pow(1.03, years);
        if ("APPRENTICESHIP".equals(type)) {
            wage *= 0.85;
        } else if ("TRAINING".equals(type)) {
            wage = pick.between(12.0, 15.0) * Math.pow(1.03, years);
        }
        return BigDecimal.valueOf(Math.max(wage, illinoisMinimumWage(start.getYear())))
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Illinois' minimum wage rose from $8.25 (2015-2019) to $15 (2025). */
    static double illinoisMinimumWage(int year) {
        return year < 2020 ? 8.25 : year == 2020 ? 10.0 : Math.min(15.0, 11.0 + (year - 2021));
    }

    private void writeCheck(BatchWriter checks, long id, long placementId, int milestone, LocalDate start,
            Placed placed) {
        LocalDate due = start.plusDays(milestone);
        String outcome = null;
        BigDecimal wage = null;
        LocalDate checkedOn = null;
        // checks due in the last two weeks are still open, and a backlog of older ones: the follow-ups list
        boolean backlog = due.isAfter(today.minusDays(180)) && pick.chance(0.4);
        if (due.isBefore(today.minusDays(14)) && !backlog) {
            checkedOn = due.plusDays(pick.between(0, 10));
            if (pick.chance(0.08)) {
                outcome = "UNKNOWN";
            } else if (placed.daysUntilLeft() != null && placed.daysUntilLeft() < milestone) {
                outcome = "LEFT";
            } else {
                outcome = "STILL_EMPLOYED";
                // raises come with time on the job: about 4% by 180 days, some more, some none
                wage = placed.wage() == null ? null : placed.wage().multiply(BigDecimal.valueOf(
                        1 + Math.max(0, milestone / 4500.0 + later.gaussian() * 0.02))).setScale(2, RoundingMode.HALF_UP);
            }
        }
        checks.add(id, placementId, milestone, due, outcome, wage, checkedOn);
    }

    private static OffsetDateTime atNoon(LocalDate date) {
        return date.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }
}
