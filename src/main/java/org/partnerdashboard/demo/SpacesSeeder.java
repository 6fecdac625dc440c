package org.partnerdashboard.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Supply Chain Center's two spaces in the demo: {@code supplier.demo}, a person of a supplier staff introduced for
 * a request still waiting for the buyer's award; {@code buyer.demo}, a person of that buyer, which also submitted an
 * open request itself that fits the supplier; a second open request the supplier said it is interested in; and a few
 * other suppliers' interests in open requests.
 */
final class SpacesSeeder {

    static final String SUPPLIER_USER = "supplier.demo";
    static final String BUYER_USER = "buyer.demo";

    private static final String INSERT_INTEREST = """
            INSERT INTO supplier_interest (id, version, sourcing_request_id, supplier_id, note, created_at,
                seen_by_staff) VALUES (?, 0, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final Pick pick;
    private int interests;
    private Long demoSupplierId;

    SpacesSeeder(JdbcTemplate jdbc, Pick pick) {
        this.jdbc = jdbc;
        this.pick = pick;
    }

    /**
     * @param organizationId the id for the demo supplier's company (an organization of its own)
     * @param firstUserId    the ids for the two demo users
     */
    void seed(long organizationId, long firstUserId, String passwordHash, OffsetDateTime now, LocalDate today) {
        // an introduced or awarded seeded match was introduced when it last moved
        jdbc.update("UPDATE supplier_match SET introduced_on = updated_on WHERE status IN ('INTRODUCED', 'AWARDED')");
        // a supplier introduced for a request still waiting for the buyer's award (or at least introduced once, or
        // any approved supplier in a small data set), and that request's buyer
        List<Map<String, Object>> introduced = jdbc.queryForList("""
                SELECT m.supplier_id, r.buyer_id FROM supplier_match m JOIN supplier s ON s.id = m.supplier_id
                JOIN sourcing_request r ON r.id = m.sourcing_request_id
                WHERE m.introduced_on IS NOT NULL AND s.registration_status = 'APPROVED'
                ORDER BY CASE WHEN m.status = 'INTRODUCED' AND r.status = 'INTRODUCED' THEN 0
                    WHEN m.status = 'INTRODUCED' THEN 1 ELSE 2 END, m.supplier_id""");
        Long anyApproved = jdbc.queryForObject("SELECT MIN(id) FROM supplier WHERE registration_status = 'APPROVED'",
                Long.class);
        Long busiestBuyer = jdbc.queryForList("""
                SELECT buyer_id FROM sourcing_request GROUP BY buyer_id ORDER BY COUNT(*) DESC, buyer_id""",
                Long.class).stream().findFirst().orElse(null);
        if (introduced.isEmpty() && (anyApproved == null || busiestBuyer == null)) {
            return; // no suppliers or no requests: nothing for the spaces to show
        }
        long supplierId = introduced.isEmpty() ? anyApproved
                : ((Number) introduced.getFirst().get("supplier_id")).longValue();
        long buyerId = introduced.isEmpty() ? busiestBuyer
                : ((Number) introduced.getFirst().get("buyer_id")).longValue();
        // open requests, those in the supplier's own subsector first (so what they ask still reads true)
        List<Long> open = jdbc.queryForList("""
                SELECT r.id FROM sourcing_request r
                WHERE r.status IN ('OPEN', 'SCOUTING') AND (r.due_date IS NULL OR r.due_date >= ?)
                ORDER BY CASE WHEN r.naics_code = (SELECT naics_code FROM supplier WHERE id = ?) THEN 0 ELSE 1 END,
                    CASE WHEN r.status = 'OPEN' THEN 0 ELSE 1 END, r.id""",
                Long.class, today, supplierId);
        jdbc.update("""
                INSERT INTO organization (id, version, name, kind, city, county_fips)
                SELECT ?, 0, CASE WHEN EXISTS (SELECT 1 FROM organization o WHERE o.name = s.legal_name)
                    THEN s.legal_name || ' (' || s.city || ', supplier)' ELSE s.legal_name END,
                    'SUPPLIER', s.city, s.county_fips FROM supplier s WHERE s.id = ?""",
                organizationId, supplierId);
        jdbc.update("UPDATE supplier SET organization_id = ? WHERE id = ?", organizationId, supplierId);
        demoSupplierId = supplierId;
        String insertUser = """
                INSERT INTO app_user (id, version, username, display_name, password_hash, role, organization_id,
                    enabled, failed_sign_ins, created_at, email, language)
                VALUES (?, 0, ?, ?, ?, ?, ?, TRUE, 0, ?, ?, 'en-US')""";
        jdbc.update(insertUser, firstUserId, SUPPLIER_USER, "Sam Okafor", passwordHash, "SUPPLIER", organizationId,
                now, "sam.okafor@supplier.example");
        // one of the Supply Chain Center's staff hears by mail of what arrives from the spaces (the outbox in the demo)
        jdbc.update("UPDATE app_user SET email = 'priya.shah@imec.example' WHERE username = 'imec.staff'");
        jdbc.update(insertUser, firstUserId + 1, BUYER_USER, "Kim Alvarez", passwordHash, "BUYER", buyerId, now,
                "kim.alvarez@buyer.example");
        // the buyer submitted an open request itself, naming itself, and it fits the demo supplier; the supplier already
        // said it is interested in a second open request
        if (!open.isEmpty()) {
            long submitted = open.getFirst();
            jdbc.update("UPDATE sourcing_request SET buyer_id = ?, origin = 'BUYER', buyer_name_shown = TRUE"
                    + " WHERE id = ?", buyerId, submitted);
            fit(submitted, supplierId);
        }
        if (open.size() > 1) {
            long second = open.get(1); // left as asked: the supplier's interest shows whatever its fit
            interests++;
            jdbc.update(INSERT_INTEREST, interests, second, supplierId,
                    "We make this family of parts for two OEMs today and can sample within three weeks.",
                    now.minusDays(2), false);
        }
        seedInterests(supplierId, now);
    }

    /**
     * Certificates run out: every held certification gets an expiry date within the next three years (none lapsed,
     * so scouting counts what it counted before dates were kept); the demo supplier's ISO 9001 runs out in six
     * weeks, and it proposed a new certification that waits for staff.
     *
     * @param decisionId the id for the proposal's step in the supplier's history
     * @return the proposals written (their ids start at 1)
     */
    int seedCertifications(long decisionId, OffsetDateTime now, LocalDate today) {
        List<Object[]> dates = new ArrayList<>();
        for (String table : List.of("supplier_quality_certification", "supplier_diversity_certification")) {
            jdbc.query("SELECT supplier_id, certification FROM " + table + " ORDER BY supplier_id, certification",
                    row -> {
                        dates.add(new Object[] {row.getLong(1), row.getString(2),
                                today.plusDays(pick.between(30, 1_100))});
                    });
        }
        jdbc.batchUpdate("INSERT INTO supplier_certification_expiry (supplier_id, certification, expires_on)"
                + " VALUES (?, ?, ?)", dates);
        if (demoSupplierId == null) {
            return 0;
        }
        jdbc.update("DELETE FROM supplier_certification_expiry WHERE supplier_id = ? AND certification = 'ISO_9001'",
                demoSupplierId);
        jdbc.update("DELETE FROM supplier_quality_certification WHERE supplier_id = ? AND certification = 'ISO_9001'",
                demoSupplierId);
        jdbc.update("INSERT INTO supplier_quality_certification (supplier_id, certification) VALUES (?, 'ISO_9001')",
                demoSupplierId);
        jdbc.update("INSERT INTO supplier_certification_expiry (supplier_id, certification, expires_on)"
                + " VALUES (?, 'ISO_9001', ?)", demoSupplierId, today.plusWeeks(6));
        jdbc.update("DELETE FROM supplier_quality_certification WHERE supplier_id = ? AND certification = 'AS9100'",
                demoSupplierId);
        jdbc.update("DELETE FROM supplier_certification_expiry WHERE supplier_id = ? AND certification = 'AS9100'",
                demoSupplierId);
        LocalDate expiresOn = today.plusYears(3);
        jdbc.update("""
                INSERT INTO certification_change (id, version, supplier_id, certification, change_kind, expires_on,
                    status, proposed_by, proposed_at) VALUES (1, 0, ?, 'AS9100', 'ADD', ?, 'PENDING', ?, ?)""",
                demoSupplierId, expiresOn, SUPPLIER_USER, now.minusDays(1));
        jdbc.update("""
                INSERT INTO supplier_decision (id, supplier_id, decision, reason, decided_by, decided_at)
                VALUES (?, ?, 'CERT_PROPOSED', ?, ?, ?)""",
                decisionId, demoSupplierId, "AS9100, expires " + expiresOn, SUPPLIER_USER, now.minusDays(1));
        return 1;
    }

    int interestsWritten() {
        return interests;
    }

    /** The request asks for what the supplier makes: its subsector, nothing it lacks. */
    private void fit(long requestId, long supplierId) {
        jdbc.update("""
                UPDATE sourcing_request SET naics_code = (SELECT naics_code FROM supplier WHERE id = ?),
                    buy_america_required = FALSE WHERE id = ?""", supplierId, requestId);
        jdbc.update("DELETE FROM sourcing_request_certification WHERE sourcing_request_id = ?", requestId);
        jdbc.update("DELETE FROM sourcing_request_capability WHERE sourcing_request_id = ?", requestId);
    }

    /** A few approved suppliers said they are interested in open requests; staff have not looked at all of them yet. */
    private void seedInterests(long demoSupplierId, OffsetDateTime now) {
        List<Long> open = jdbc.queryForList(
                "SELECT id FROM sourcing_request WHERE status IN ('OPEN', 'SCOUTING') ORDER BY id", Long.class);
        List<Long> approved = jdbc.queryForList(
                "SELECT id FROM supplier WHERE registration_status = 'APPROVED' AND id <> ? ORDER BY id", Long.class,
                demoSupplierId);
        if (open.size() < 2 || approved.isEmpty()) {
            return;
        }
        List<String> notes = List.of("We run this part family weekly and have capacity from next month.",
                "ISO 9001 certified; happy to quote with samples.", "Can deliver to the South Side within a day.");
        int wanted = Math.min(8, open.size() * 2);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < wanted; i++) {
            long request = pick.one(open);
            long supplier = pick.one(approved);
            if (seen.add(request + "/" + supplier)) {
                interests++;
                jdbc.update(INSERT_INTEREST, interests, request, supplier, pick.chance(0.7) ? pick.one(notes) : null,
                        now.minusDays(pick.between(0, 20)), interests > 3);
            }
        }
    }
}
