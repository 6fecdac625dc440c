package org.partnerdashboard.demo;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** One demo user per role (and per community organization), all with {@link #PASSWORD}. Development only. */
final class UserSeeder {

    /** Listed in the README; the prod profile never loads demo data. */
    static final String PASSWORD = "chicago-demo-2026";

    private record DemoUser(String username, String displayName, String role, String organizationShortName) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Avery Admin", "ADMIN", "WBC"),
            new DemoUser("wbc.staff", "Dana Whitfield", "CAMPAIGN_STAFF", "WBC"),
            new DemoUser("bethel.staff", "Marcus Reed", "CBO_STAFF", "BNL"),
            new DemoUser("instituto.staff", "Lucia Hernandez", "CBO_STAFF", "IPL"),
            new DemoUser("kinzie.staff", "Tom Kowalczyk", "CBO_STAFF", "KIDC"),
            new DemoUser("oai.staff", "Renee Johnson", "CBO_STAFF", "OAI"),
            new DemoUser("safer.staff", "Andre Coleman", "CBO_STAFF", "SAFER"),
            new DemoUser("imec.staff", "Priya Shah", "SUPPLY_CHAIN_STAFF", "IMEC"),
            new DemoUser("ima.staff", "Greg Novak", "SUPPLY_CHAIN_STAFF", "IMA"),
            new DemoUser("research.editor", "Mei Chen", "RESEARCH_EDITOR", "WBC"),
            new DemoUser("executive", "Jordan Ellis", "EXECUTIVE", "WBC"));

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    UserSeeder(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** @return the number of users written */
    int seed(OffsetDateTime now) {
        String hash = passwordEncoder.encode(PASSWORD);
        long id = 1;
        try (BatchWriter out = new BatchWriter(jdbc, """
                INSERT INTO app_user (id, version, username, display_name, password_hash, role, organization_id,
                    enabled, failed_sign_ins, created_at)
                VALUES (?, 0, ?, ?, ?, ?, (SELECT id FROM organization WHERE short_name = ?), TRUE, 0, ?)""",
                Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (DemoUser user : USERS) {
                out.add(id++, user.username(), user.displayName(), hash, user.role(), user.organizationShortName(), now);
            }
        }
        return USERS.size();
    }
}
