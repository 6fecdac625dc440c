package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A production start as an operator does it: an empty PostgreSQL, no demo flag, the first administrator from
 * settings. No demo data, no demo users, and the configured administrator signs in.
 */
@SpringBootTest(properties = {"app.admin.username=ops.admin", "app.admin.password=a-long-secret-2026",
        "app.admin.organization=Illinois Manufacturers' Association"})
@Import(TestClock.class)
class ProductionStartPostgresTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String url = EmbeddedPostgres.freshDatabase("production_start");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    UserDetailsServiceProbe probe;

    @Test
    void startsWithoutDemoDataAndAcceptsTheConfiguredAdministrator() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier", Long.class)).isZero();
        assertThat(jdbc.queryForList("SELECT username FROM app_user", String.class)).containsExactly("ops.admin");
        assertThat(jdbc.queryForObject("""
                SELECT o.name FROM app_user u JOIN organization o ON o.id = u.organization_id""", String.class))
                .isEqualTo("Illinois Manufacturers' Association");
        assertThat(firstAdministrator.needed()).isFalse();

        assertThat(probe.signIn("ops.admin", "a-long-secret-2026").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_ADMIN", "ROLE_STAFF");
        assertThat(probe.refuses("admin", "chicago-demo-2026")).as("no demo users").isTrue();
    }

    /** Signs in through the application's own authentication, as the sign-in form does. */
    @TestConfiguration
    static class UserDetailsServiceProbe {

        @Autowired
        UserDetailsService users;

        @Autowired
        PasswordEncoder passwords;

        UserDetails signIn(String username, String password) {
            var user = users.loadUserByUsername(username);
            assertThat(passwords.matches(password, user.getPassword())).as("password of " + username).isTrue();
            return user;
        }

        boolean refuses(String username, String password) {
            try {
                var user = users.loadUserByUsername(username);
                return !passwords.matches(password, user.getPassword());
            } catch (UsernameNotFoundException unknown) {
                return true;
            }
        }
    }
}
