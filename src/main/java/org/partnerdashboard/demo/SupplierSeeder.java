package org.partnerdashboard.demo;

import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partnerdashboard.suppliers.Capability;
import org.partnerdashboard.suppliers.SupplierNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Supplier registrations with NAICS codes, capabilities and certifications, in every review state; about one in eight
 * suppliers came instead from one of two imported lists, most of them not yet verified by staff.
 */
final class SupplierSeeder {

    private static final LocalDate FIRST_REGISTRATION = LocalDate.of(2015, 3, 1);
    private static final List<String> STREETS = List.of("W Fulton St", "S Ashland Ave", "N Elston Ave", "W 47th St",
            "S Kedzie Ave", "W Lake St", "N Kingsbury St", "S Pulaski Rd", "W Grand Ave", "Industrial Dr",
            "Commerce Ct", "Busse Rd", "Touhy Ave", "Higgins Rd", "Mannheim Rd", "Randall Rd", "Route 59");
    private static final List<String> REJECTION_REASONS = List.of(
            "Not a manufacturer (distributor only)", "Located outside Illinois", "Could not verify the business",
            "Duplicate registration submitted by mistake");

    /** Nearby out-of-state places: the region's supply chain crosses into Indiana and Wisconsin. */
    private static final List<String[]> OUT_OF_STATE = List.of(new String[] {"IN", "Gary", "46402"},
            new String[] {"IN", "Hammond", "46320"}, new String[] {"IN", "Merrillville", "46410"},
            new String[] {"WI", "Kenosha", "53140"}, new String[] {"WI", "Racine", "53403"},
            new String[] {"WI", "Milwaukee", "53204"});
    private static final List<String> REVIEWERS = List.of("imec.staff", "ima.staff");

    /** The lists IMA and IMEC brought: name, file, who imported it, how many days ago, the list's id prefix. */
    private record DemoList(String name, String file, String importedBy, int daysAgo, String idPrefix) {
    }

    private static final List<DemoList> LISTS = List.of(
            new DemoList("IMA members 2026", "ima-members-2026.xlsx", "ima.staff", 150, "IMA-"),
            new DemoList("IL certified vendors", "il-certified-vendors.csv", "imec.staff", 40, "CV-"));

    static final Map<String, List<Capability>> CAPABILITIES_BY_SUBSECTOR = capabilitiesBySubsector();

    private static final String INSERT_SUPPLIER = """
            INSERT INTO supplier (id, version, legal_name, name_key, street, city, state_code, zip_code, county_fips,
                naics_code, contact_name, contact_email, contact_phone, website, employee_count, buy_america,
                registration_status, registered_on, decided_on, decision_reason, merged_into_id, possible_duplicate_of_id,
                source_id, source_record_id, other_naics_codes)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_DECISION = """
            INSERT INTO supplier_decision (id, supplier_id, decision, reason, related_supplier_id, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Pick pick;
    private final Pick lists;
    private final CompanyNames names;
    private final LocalDate today;

    /** @param lists the random stream of which suppliers came from imported lists */
    SupplierSeeder(JdbcTemplate jdbc, Pick pick, Pick lists, CompanyNames names, LocalDate today) {
        this.jdbc = jdbc;
        this.pick = pick;
        this.lists = lists;
        this.names = names;
        this.today = today;
    }

    private long decisionsWritten;

    /** How many history rows {@link #seed} wrote (their ids run from 1). */
    long decisionsWritten() {
        return decisionsWritten;
    }

    /** How many imported lists {@link #seed} wrote, each with one import in its history (ids from 1). */
    long listsWritten() {
        return LISTS.size();
    }

    /** @return the approved suppliers' ids by NAICS subsector, for matching to sourcing requests */
    Map<String, List<Long>> seed(int count) {
        Map<String, List<String>> industries = industriesBySubsector();
        Map<String, List<Long>> approved = new HashMap<>();
        List<Long> allApproved = new ArrayList<>();
        List<String> approvedNames = new ArrayList<>();
        long registrationDays = ChronoUnit.DAYS.between(FIRST_REGISTRATION, today);
        long decisionId = 0;
        int[] importedPerList = new int[LISTS.size()];
        for (int i = 0; i < LISTS.size(); i++) {
            jdbc.update("INSERT INTO supplier_source (id, name, name_key, created_by, created_at) VALUES (?, ?, ?, ?, ?)",
                    i + 1, LISTS.get(i).name(), LISTS.get(i).name().toLowerCase(Locale.ROOT), LISTS.get(i).importedBy(),
                    atNine(importedOn(LISTS.get(i))));
        }
        try (BatchWriter suppliers = new BatchWriter(jdbc, INSERT_SUPPLIER, Types.BIGINT,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.INTEGER, Types.BOOLEAN, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR, Types.BIGINT,
                Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR);
             BatchWriter naics = new BatchWriter(jdbc,
                "INSERT INTO supplier_naics_code (supplier_id, naics_code) VALUES (?, ?)", Types.BIGINT, Types.VARCHAR);
             BatchWriter capabilities = new BatchWriter(jdbc,
                "INSERT INTO supplier_capability (supplier_id, capability) VALUES (?, ?)", Types.BIGINT, Types.VARCHAR);
             BatchWriter quality = new BatchWriter(jdbc,
                "INSERT INTO supplier_quality_certification (supplier_id, certification) VALUES (?, ?)",
                Types.BIGINT, Types.VARCHAR);
             BatchWriter diversity = new BatchWriter(jdbc,
                "INSERT INTO supplier_diversity_certification (supplier_id, certification) VALUES (?, ?)",
                Types.BIGINT, Types.VARCHAR);
             BatchWriter decisions = new BatchWriter(jdbc, INSERT_DECISION, Types.BIGINT, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE)) {
            naics.after(suppliers);
            decisions.after(suppliers);
            capabilities.after(suppliers);
            quality.after(suppliers);
            diversity.after(suppliers);
            for (long id = 1; id <= count; id++) {
                String subsector = pick.weighted(DemoVocabulary.SUBSECTORS, DemoVocabulary.SUBSECTOR_WEIGHTS);
                DemoVocabulary.County county = pick.weighted(DemoVocabulary.COUNTIES, OrganizationSeeder.countyWeights());
                String city = pick.one(county.cities());
                String state = "IL";
                String zip = pick.one(county.zipCodes());
                String countyFips = county.fips();
                if (pick.chance(0.07)) {
                    String[] place = pick.one(OUT_OF_STATE);
                    state = place[0];
                    city = place[1];
                    zip = place[2];
                    countyFips = null;
                }
                String name = names.next(subsector, city);
                LocalDate registered = FIRST_REGISTRATION.plusDays(pick.random().nextLong(registrationDays + 1));
                Decision registration = decide(registered, allApproved);
                Decision decision = registration;
                Long possibleDuplicate = null;
                if ("PENDING".equals(decision.status) && !allApproved.isEmpty() && pick.chance(0.08)) {
                    // the same company registering again under another legal form: flagged for staff
                    int earlier = pick.between(0, allApproved.size() - 1);
                    possibleDuplicate = allApproved.get(earlier);
                    name = approvedNames.get(earlier).replaceAll(",? (Inc\\.|LLC|Co\\.|Corp\\.|Company)$", "")
                            + pick.one(List.of(" Inc.", " LLC", " Corporation"));
                }
                // some companies came from an imported list instead of registering (their own random stream, so
                // everything else the demo holds stays as it was); a few of them are engineering or testing services
                int list = "APPROVED".equals(registration.status) && lists.chance(0.14)
                        ? lists.between(0, LISTS.size() - 1) : -1;
                boolean serviceProvider = list >= 0 && lists.chance(0.1);
                if (list >= 0) {
                    registered = importedOn(LISTS.get(list));
                    decision = verification(registered);
                    importedPerList[list]++;
                }
                String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
                suppliers.add(id, name, SupplierNames.key(name), pick.between(100, 9999) + " " + pick.one(STREETS), city,
                        state, zip, countyFips, serviceProvider ? null : subsector,
                        pick.one(DemoVocabulary.FIRST_NAMES) + " " + pick.one(DemoVocabulary.LAST_NAMES),
                        "info@" + slug + ".example", String.format("(630) 555-%04d", pick.between(0, 9999)),
                        "https://www." + slug + ".example", employees(), pick.chance(0.62), decision.status,
                        registered, decision.decidedOn, decision.reason, decision.mergedInto, possibleDuplicate,
                        list >= 0 ? (long) list + 1 : null, list >= 0 ? LISTS.get(list).idPrefix() + (1000 + id) : null,
                        serviceProvider ? lists.one(List.of("541330", "541380", "811310")) : null);
                if (list < 0) {
                    decisions.add(++decisionId, id, "REGISTERED", null, null, "anonymous", atNine(registered));
                }
                if (registration.decidedOn != null) {
                    String reviewer = pick.one(REVIEWERS);
                    int hours = pick.between(0, 7);
                    if (list < 0) {
                        decisions.add(++decisionId, id, decision.status, decision.reason, decision.mergedInto, reviewer,
                                atNine(decision.decidedOn).plusHours(hours));
                    }
                }
                if (decision.mergedInto != null) {
                    decisions.add(++decisionId, decision.mergedInto, "MERGED_IN", null, id, pick.one(REVIEWERS),
                            atNine(decision.decidedOn).plusHours(8));
                }
                for (String code : pickSome(industries.get(subsector), 1, 3)) {
                    if (!serviceProvider) {
                        naics.add(id, code);
                    }
                }
                for (Capability capability : pickSome(CAPABILITIES_BY_SUBSECTOR.get(subsector), 1, 4)) {
                    capabilities.add(id, capability.name());
                }
                for (String certification : qualityCertifications(subsector)) {
                    quality.add(id, certification);
                }
                for (String certification : diversityCertifications()) {
                    diversity.add(id, certification);
                }
                if ("APPROVED".equals(decision.status) && !serviceProvider) {
                    approved.computeIfAbsent(subsector, s -> new ArrayList<>()).add(id);
                }
                if ("APPROVED".equals(registration.status)) {
                    allApproved.add(id);
                    approvedNames.add(name);
                }
            }
        }
        decisionsWritten = decisionId;
        for (int i = 0; i < LISTS.size(); i++) {
            DemoList list = LISTS.get(i);
            int rejected = lists.between(1, 6); // rows left out for problems: valid rows only
            jdbc.update("""
                    INSERT INTO supplier_import (id, source_id, file_name, imported_by, imported_at, rows_read, added,
                        updated, unchanged, skipped, rejected) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)""",
                    i + 1, i + 1, list.file(), list.importedBy(), atNine(importedOn(list)).plusHours(2),
                    importedPerList[i] + rejected, importedPerList[i], rejected);
        }
        return approved;
    }

    private LocalDate importedOn(DemoList list) {
        return today.minusDays(list.daysAgo());
    }

    /** A listed supplier: about a third verified by staff within a month of the import, the rest still waiting. */
    private Decision verification(LocalDate imported) {
        LocalDate verifiedOn = imported.plusDays(lists.between(1, 30));
        return lists.chance(0.35) && !verifiedOn.isAfter(today) ? new Decision("APPROVED", verifiedOn, null, null)
                : new Decision("IMPORTED", null, null, null);
    }

    private static OffsetDateTime atNine(LocalDate date) {
        return date.atTime(9, 0).atOffset(ZoneOffset.ofHours(-6));
    }

    private record Decision(String status, LocalDate decidedOn, String reason, Long mergedInto) {
    }

    private Decision decide(LocalDate registered, List<Long> earlierApproved) {
        LocalDate decidedOn = registered.plusDays(pick.between(2, 30));
        boolean recent = registered.isAfter(today.minusDays(45));
        if (decidedOn.isAfter(today) || (recent && pick.chance(0.7)) || pick.chance(0.04)) {
            return new Decision("PENDING", null, null, null);
        }
        double roll = pick.random().nextDouble();
        if (roll < 0.07) {
            return new Decision("REJECTED", decidedOn, pick.one(REJECTION_REASONS), null);
        }
        if (roll < 0.10 && !earlierApproved.isEmpty()) {
            return new Decision("MERGED", decidedOn, "Same company as an existing registration",
                    pick.one(earlierApproved));
        }
        return new Decision("APPROVED", decidedOn, null, null);
    }

    private int employees() {
        return (int) Math.max(2, Math.min(5000, Math.round(Math.exp(3.4 + 1.1 * pick.gaussian()))));
    }

    private List<String> qualityCertifications(String subsector) {
        boolean precision = Set.of("332", "333", "334", "336").contains(subsector);
        List<String> held = new ArrayList<>();
        addIf(held, "ISO_9001", 0.45);
        addIf(held, "AS9100", precision ? 0.10 : 0.01);
        addIf(held, "IATF_16949", Set.of("326", "331", "332", "336").contains(subsector) ? 0.12 : 0.01);
        addIf(held, "ISO_13485", Set.of("334", "339").contains(subsector) ? 0.25 : 0.005);
        addIf(held, "ISO_14001", 0.06);
        addIf(held, "ITAR", precision ? 0.06 : 0.005);
        addIf(held, "NADCAP", Set.of("332", "336").contains(subsector) ? 0.04 : 0.0);
        return held;
    }

    private List<String> diversityCertifications() {
        List<String> held = new ArrayList<>();
        addIf(held, "MBE", 0.12);
        addIf(held, "WBE", 0.10);
        addIf(held, "VOSB", 0.05);
        addIf(held, "SDVOSB", 0.02);
        addIf(held, "DBE", 0.06);
        addIf(held, "HUBZONE", 0.02);
        return held;
    }

    private void addIf(List<String> held, String certification, double probability) {
        if (pick.chance(probability)) {
            held.add(certification);
        }
    }

    <T> Set<T> pickSome(List<T> items, int min, int max) {
        int wanted = Math.min(items.size(), pick.between(min, max));
        Set<T> chosen = new LinkedHashSet<>();
        while (chosen.size() < wanted) {
            chosen.add(pick.one(items));
        }
        return chosen;
    }

    private Map<String, List<String>> industriesBySubsector() {
        Map<String, List<String>> bySubsector = new HashMap<>();
        jdbc.query("SELECT code, subsector_code FROM naics_industry ORDER BY code", row -> {
            bySubsector.computeIfAbsent(row.getString(2), s -> new ArrayList<>()).add(row.getString(1));
        });
        return bySubsector;
    }

    private static Map<String, List<Capability>> capabilitiesBySubsector() {
        Map<String, List<Capability>> map = new HashMap<>();
        map.put("311", List.of(Capability.FOOD_PROCESSING, Capability.PACKAGING));
        map.put("312", List.of(Capability.FOOD_PROCESSING, Capability.PACKAGING));
        for (String textile : List.of("313", "314", "315", "316")) {
            map.put(textile, List.of(Capability.TEXTILE_SEWING, Capability.PACKAGING));
        }
        map.put("321", List.of(Capability.WOODWORKING, Capability.PACKAGING));
        map.put("322", List.of(Capability.PACKAGING, Capability.PRINTING));
        map.put("323", List.of(Capability.PRINTING, Capability.PACKAGING));
        map.put("324", List.of(Capability.CHEMICAL_BLENDING, Capability.TESTING_INSPECTION));
        map.put("325", List.of(Capability.CHEMICAL_BLENDING, Capability.PACKAGING, Capability.TESTING_INSPECTION));
        map.put("326", List.of(Capability.INJECTION_MOLDING, Capability.EXTRUSION, Capability.ASSEMBLY));
        map.put("327", List.of(Capability.CASTING, Capability.ASSEMBLY));
        map.put("331", List.of(Capability.CASTING, Capability.FORGING, Capability.HEAT_TREATING, Capability.EXTRUSION));
        map.put("332", List.of(Capability.CNC_MACHINING, Capability.METAL_STAMPING, Capability.SHEET_METAL_FABRICATION,
                Capability.WELDING, Capability.POWDER_COATING, Capability.PLATING_FINISHING, Capability.TOOL_AND_DIE,
                Capability.HEAT_TREATING));
        map.put("333", List.of(Capability.CNC_MACHINING, Capability.ASSEMBLY, Capability.WELDING,
                Capability.ENGINEERING_DESIGN, Capability.ADDITIVE_MANUFACTURING));
        map.put("334", List.of(Capability.PCB_ASSEMBLY, Capability.WIRE_HARNESS, Capability.TESTING_INSPECTION,
                Capability.ENGINEERING_DESIGN));
        map.put("335", List.of(Capability.WIRE_HARNESS, Capability.ASSEMBLY, Capability.PCB_ASSEMBLY));
        map.put("336", List.of(Capability.WELDING, Capability.CNC_MACHINING, Capability.ASSEMBLY,
                Capability.METAL_STAMPING));
        map.put("337", List.of(Capability.WOODWORKING, Capability.SHEET_METAL_FABRICATION, Capability.POWDER_COATING));
        map.put("339", List.of(Capability.ASSEMBLY, Capability.INJECTION_MOLDING, Capability.ADDITIVE_MANUFACTURING,
                Capability.TESTING_INSPECTION));
        return Map.copyOf(map);
    }
}
