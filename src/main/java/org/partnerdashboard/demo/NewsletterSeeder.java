package org.partnerdashboard.demo;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The newsletter's list as a partnership would have it after a few months: approved suppliers' contacts who signed
 * up (a quarter in Spanish), some still to confirm, a few who left, a list imported from a roundtable; and a draft
 * issue with two subsector briefs for the research editor to finish.
 */
final class NewsletterSeeder {

    static final int SUBSCRIBERS = 60;

    private final JdbcTemplate jdbc;
    private long subscribers;

    NewsletterSeeder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void seed(OffsetDateTime now) {
        List<String> contacts = jdbc.queryForList("SELECT DISTINCT contact_email FROM supplier WHERE"
                + " registration_status = 'APPROVED' AND contact_email IS NOT NULL ORDER BY contact_email", String.class);
        for (int i = 0; i < Math.min(SUBSCRIBERS, contacts.size()); i++) {
            String status = i % 12 == 5 ? "PENDING" : i % 15 == 7 ? "UNSUBSCRIBED" : "ACTIVE";
            String source = i % 3 == 0 ? "IMPORT" : i % 3 == 1 ? "SUPPLIER_REGISTRATION" : "SIGN_UP";
            OffsetDateTime since = now.minusDays(5L + 3L * i);
            subscribers++;
            jdbc.update("""
                    INSERT INTO newsletter_subscriber (id, version, email, language, status, source, consent,
                        confirm_sent_at, created_at, confirmed_at, unsubscribed_at)
                    VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", subscribers, contacts.get(i),
                    i % 4 == 0 ? "es" : "en", status, source,
                    "IMPORT".equals(source) ? "Opted in on the Manufacturing Month roundtable sign-in sheet" : null,
                    "IMPORT".equals(source) ? null : since, since,
                    "PENDING".equals(status) ? null : since.plusHours(2),
                    "UNSUBSCRIBED".equals(status) ? since.plusDays(2) : null);
        }
        jdbc.update("""
                INSERT INTO newsletter_issue (id, version, title_en, title_es, note_en, note_es, with_campaign,
                    with_supply_chain, with_events, status, updated_by, updated_at)
                VALUES (1, 0, 'Metals and machinery: where the jobs are', 'Metales y maquinaria: dónde están los empleos',
                    ?, ?, TRUE, TRUE, TRUE, 'DRAFT', 'research.editor', ?)""",
                "Fabricated metals and machinery employ more Chicagoans than any other subsectors. This issue looks at "
                        + "both, at the campaign's placements in them, and at the roundtables coming up.",
                "Los metales fabricados y la maquinaria emplean a más habitantes de Chicago que cualquier otro "
                        + "subsector. Este número analiza ambos, las colocaciones de la campaña y las próximas mesas "
                        + "redondas.", now);
        jdbc.update("INSERT INTO newsletter_issue_brief (issue_id, position, subsector_code, area_fips) VALUES"
                + " (1, 0, '332', 'C1698'), (1, 1, '333', 'C1698')");
    }

    long subscribersWritten() {
        return subscribers;
    }
}
