package org.partnerdashboard.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerdashboard.suppliers.Capability;
import org.springframework.jdbc.core.JdbcTemplate;

/** Buyers' sourcing requests in every workflow state, with scouted supplier matches. */
final class SourcingSeeder {

    private static final LocalDate FIRST_REQUEST = LocalDate.of(2019, 1, 1);
    private static final Map<String, List<String>> PRODUCTS = Map.ofEntries(
            Map.entry("311", List.of("Private-label granola bars", "Frozen entrées", "Bakery mixes")),
            Map.entry("322", List.of("Corrugated shipping boxes", "Folding cartons")),
            Map.entry("323", List.of("Printed product labels", "Packaging inserts")),
            Map.entry("325", List.of("Industrial cleaning concentrate", "Powder coating resin")),
            Map.entry("326", List.of("Molded ABS housings", "EPDM rubber gaskets", "Extruded PVC profiles")),
            Map.entry("331", List.of("Aluminum die castings", "Forged steel flanges")),
            Map.entry("332", List.of("CNC-machined aluminum brackets", "Stamped steel enclosures", "Welded frames",
                    "Precision shafts")),
            Map.entry("333", List.of("Conveyor subassemblies", "Hydraulic manifolds")),
            Map.entry("334", List.of("PCB assemblies for sensors", "Control board test fixtures")),
            Map.entry("335", List.of("Wire harnesses for EV chargers", "LED driver assemblies")),
            Map.entry("336", List.of("Railcar brake components", "Bus chassis brackets")),
            Map.entry("337", List.of("Steel office shelving", "Retail display fixtures")),
            Map.entry("339", List.of("Medical device enclosures", "Custom signage")));
    private static final List<String> CLOSE_REASONS = List.of("Buyer cancelled the project",
            "No qualified supplier in the region", "Buyer sourced overseas on price", "Requirements changed");

    private static final String INSERT_REQUEST = """
            INSERT INTO sourcing_request (id, version, buyer_id, title, description, naics_code, quantity, due_date,
                preferred_county_fips, buy_america_required, status, status_reason, requested_on, introduced_on,
                finished_on)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_EVENT = """
            INSERT INTO sourcing_request_event (id, sourcing_request_id, status, reason, changed_by, changed_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    private static final List<String> STAFF = List.of("imec.staff", "ima.staff");
    private static final String INSERT_MATCH = """
            INSERT INTO supplier_match (id, version, sourcing_request_id, supplier_id, score, status, note, updated_on)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Pick pick;
    private final LocalDate today;

    SourcingSeeder(JdbcTemplate jdbc, Pick pick, LocalDate today) {
        this.jdbc = jdbc;
        this.pick = pick;
        this.today = today;
    }

    /** @return the number of supplier matches written */
    long seed(int count, List<Long> buyerIds, Map<String, List<Long>> approvedSuppliers, SupplierSeeder suppliers) {
        long matchId = 1;
        long requestDays = ChronoUnit.DAYS.between(FIRST_REQUEST, today);
        List<String> subsectors = new ArrayList<>(PRODUCTS.keySet().stream().sorted().toList());
        try (BatchWriter requests = new BatchWriter(jdbc, INSERT_REQUEST, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.DATE, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR,
                Types.VARCHAR, Types.DATE, Types.DATE, Types.DATE);
             BatchWriter events = new BatchWriter(jdbc, INSERT_EVENT, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE);
             BatchWriter diversity = new BatchWriter(jdbc,
                "INSERT INTO sourcing_request_diversity (sourcing_request_id, certification) VALUES (?, ?)",
                Types.BIGINT, Types.VARCHAR);
             BatchWriter capabilities = new BatchWriter(jdbc,
                "INSERT INTO sourcing_request_capability (sourcing_request_id, capability) VALUES (?, ?)",
                Types.BIGINT, Types.VARCHAR);
             BatchWriter certifications = new BatchWriter(jdbc,
                "INSERT INTO sourcing_request_certification (sourcing_request_id, certification) VALUES (?, ?)",
                Types.BIGINT, Types.VARCHAR);
             BatchWriter matches = new BatchWriter(jdbc, INSERT_MATCH, Types.BIGINT, Types.BIGINT, Types.BIGINT,
                Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.DATE)) {
            capabilities.after(requests);
            certifications.after(requests);
            matches.after(requests);
            events.after(requests);
            diversity.after(requests);
            for (long id = 1; id <= count; id++) {
                String subsector = pick.one(subsectors);
                LocalDate requested = FIRST_REQUEST.plusDays(pick.random().nextLong(requestDays + 1));
                long age = ChronoUnit.DAYS.between(requested, today);
                String status = status(age);
                String product = pick.one(PRODUCTS.get(subsector));
                int quantity = (int) Math.round(Math.exp(pick.between(4.5, 10.8)));
                Milestones when = milestones(status, requested);
                String reason = "CLOSED".equals(status) ? pick.one(CLOSE_REASONS) : null;
                requests.add(id, pick.one(buyerIds), product, product + ", " + quantity + " units per year", subsector,
                        quantity, requested.plusDays(pick.between(30, 180)),
                        pick.chance(0.4) ? pick.weighted(DemoVocabulary.COUNTIES, OrganizationSeeder.countyWeights()).fips() : null,
                        pick.chance(0.35), status, reason, requested, when.introduced, when.finished);
                String by = pick.one(STAFF);
                events.add(++eventsWritten, id, "OPEN", null, by, atTen(requested));
                if (when.scouting != null) {
                    events.add(++eventsWritten, id, "SCOUTING", null, by, atTen(when.scouting));
                }
                if (when.introduced != null) {
                    events.add(++eventsWritten, id, "INTRODUCED", null, by, atTen(when.introduced));
                }
                if (when.finished != null) {
                    events.add(++eventsWritten, id, status, reason, by, atTen(when.finished));
                }
                if (pick.chance(0.15)) {
                    diversity.add(id, pick.one(List.of("MBE", "WBE", "VOSB", "DBE")));
                }
                for (Capability capability : suppliers.pickSome(SupplierSeeder.CAPABILITIES_BY_SUBSECTOR.get(subsector), 1, 2)) {
                    capabilities.add(id, capability.name());
                }
                if (pick.chance(0.3)) {
                    certifications.add(id, "ISO_9001");
                }
                List<Long> candidates = approvedSuppliers.getOrDefault(subsector, List.of());
                if (!"OPEN".equals(status) && !candidates.isEmpty()) {
                    int n = 0;
                    for (Long supplierId : suppliers.pickSome(candidates, 3, 6)) {
                        matches.add(matchId++, id, supplierId, pick.between(55, 98), matchStatus(status, n++), null,
                                requested.plusDays(Math.min(age, pick.between(3, 40))));
                    }
                }
            }
            return matches.written();
        }
    }

    private long eventsWritten;

    /** How many history rows {@link #seed} wrote (their ids run from 1). */
    long eventsWritten() {
        return eventsWritten;
    }

    private record Milestones(LocalDate scouting, LocalDate introduced, LocalDate finished) {
    }

    /** When a request in the given state started scouting, was introduced and finished; never after today. */
    private Milestones milestones(String status, LocalDate requested) {
        if ("OPEN".equals(status)) {
            return new Milestones(null, null, null);
        }
        LocalDate scouting = min(requested.plusDays(pick.between(1, 10)));
        boolean introduced = "INTRODUCED".equals(status) || "AWARDED".equals(status)
                || ("CLOSED".equals(status) && pick.chance(0.3));
        LocalDate introducedOn = introduced ? min(scouting.plusDays(Math.round(Math.exp(pick.between(1.5, 4.3))))) : null;
        LocalDate finished = "AWARDED".equals(status) || "CLOSED".equals(status)
                ? min((introducedOn == null ? scouting : introducedOn).plusDays(pick.between(10, 90))) : null;
        return new Milestones(scouting, introducedOn, finished);
    }

    private LocalDate min(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    private static OffsetDateTime atTen(LocalDate date) {
        return date.atTime(10, 0).atOffset(ZoneOffset.ofHours(-6));
    }

    private String status(long ageDays) {
        double roll = pick.random().nextDouble();
        if (ageDays < 30) {
            return roll < 0.6 ? "OPEN" : "SCOUTING";
        }
        if (ageDays < 120) {
            return roll < 0.5 ? "SCOUTING" : roll < 0.9 ? "INTRODUCED" : "CLOSED";
        }
        return roll < 0.45 ? "AWARDED" : roll < 0.85 ? "CLOSED" : "INTRODUCED";
    }

    /** The first match of an awarded request won it; introduced requests introduced their top two. */
    private static String matchStatus(String requestStatus, int rank) {
        return switch (requestStatus) {
            case "AWARDED" -> rank == 0 ? "AWARDED" : rank < 3 ? "DECLINED" : "SHORTLISTED";
            case "INTRODUCED" -> rank < 2 ? "INTRODUCED" : "SHORTLISTED";
            case "CLOSED" -> "DECLINED";
            default -> rank < 2 ? "SHORTLISTED" : "SUGGESTED";
        };
    }
}
