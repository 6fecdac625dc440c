package org.partnerdashboard.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;
import org.partnerdashboard.exports.SnapshotUnavailableException.Reason;
import org.partnerdashboard.security.Role;
import org.partnerdashboard.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Frozen snapshots behind links: who may open them and for how long; on H2 and PostgreSQL. */
@Transactional
abstract class SnapshotServiceTests {

    @Autowired
    SnapshotService snapshots;

    @Autowired
    UserDetailsService users;

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entityManager;

    private final SnapshotContent content = new SnapshotContent("Dashboard", null, SampleCharts.PROVENANCE,
            List.of(new Report.Figure("Placements to date", "300", "toward the goal of 1,000")), SampleCharts.all());

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        contexts.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
    }

    @Test
    void aSnapshotOpensWithTheNumbersAsTheyWereForAColleagueWithTheSameView() {
        signInAs("executive");
        String token = snapshots.share(content, Set.of(), Duration.ofDays(7));

        signInAs("research.editor");
        SnapshotContent.Opened opened = snapshots.open(token);

        assertThat(opened.content()).isEqualTo(content);
        assertThat(opened.takenBy()).isEqualTo("Jordan Ellis");
        assertThat(opened.takenAt()).isEqualTo(TestClock.NOW);
        assertThat(opened.expiresAt()).isEqualTo(TestClock.NOW.plus(Duration.ofDays(7)));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM snapshot WHERE token_hash = ?", Integer.class, token))
                .as("only the link's hash is stored").isZero();
    }

    @Test
    void aLinkStopsWorkingWhenItExpires() {
        signInAs("executive");
        String token = snapshots.share(content, Set.of(), Duration.ofDays(1));
        entityManager.flush();
        jdbc.update("UPDATE snapshot SET expires_at = ?", Timestamp.from(TestClock.NOW.minusSeconds(1)));
        entityManager.clear();

        assertThatThrownBy(() -> snapshots.open(token)).isInstanceOf(SnapshotUnavailableException.class)
                .extracting(e -> ((SnapshotUnavailableException) e).reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void itsTakerOrAnAdministratorRevokesALinkAtOnceAndEveryOpeningIsAudited() {
        signInAs("executive");
        String token = snapshots.share(content, Set.of(), Duration.ofDays(7));
        signInAs("research.editor");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'READ' "
                + "AND target_type = 'snapshot'", Long.class);
        SnapshotContent.Opened opened = snapshots.open(token);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'READ' "
                + "AND target_type = 'snapshot'", Long.class)).isEqualTo(before + 1);
        assertThat(opened.revocable()).as("not the taker").isFalse();
        assertThatThrownBy(() -> snapshots.revoke(opened.id()))
                .isInstanceOf(AccessDeniedException.class);

        signInAs("executive");
        assertThat(snapshots.open(token).revocable()).isTrue();
        snapshots.revoke(opened.id());

        signInAs("research.editor");
        assertThatThrownBy(() -> snapshots.open(token)).isInstanceOf(SnapshotUnavailableException.class)
                .extracting(e -> ((SnapshotUnavailableException) e).reason()).isEqualTo(Reason.REVOKED);
        signInAs("executive");
        String another = snapshots.share(content, Set.of(), Duration.ofDays(7));
        long anotherId = snapshots.open(another).id();
        signInAs("admin");
        snapshots.revoke(anotherId);
        signInAs("executive");
        assertThatThrownBy(() -> snapshots.open(another)).isInstanceOf(SnapshotUnavailableException.class);
    }

    @Test
    void anUnknownOrMangledLinkIsRefused() {
        signInAs("executive");
        String token = snapshots.share(content, Set.of(), Duration.ofDays(1));

        for (String wrong : List.of("", token.substring(1), token + "x", "../../etc/passwd")) {
            assertThatThrownBy(() -> snapshots.open(wrong)).isInstanceOf(SnapshotUnavailableException.class)
                    .extracting(e -> ((SnapshotUnavailableException) e).reason()).isEqualTo(Reason.UNKNOWN);
        }
    }

    @Test
    void onlyRolesOfTheViewItCameFromMayOpenIt() {
        signInAs("imec.staff");
        String token = snapshots.share(content, Set.of(Role.SUPPLY_CHAIN_STAFF), Duration.ofDays(7));

        signInAs("ima.staff");
        assertThat(snapshots.open(token).content().title()).isEqualTo("Dashboard");
        signInAs("executive");
        assertThatThrownBy(() -> snapshots.open(token)).isInstanceOf(SnapshotUnavailableException.class)
                .extracting(e -> ((SnapshotUnavailableException) e).reason()).isEqualTo(Reason.NOT_ALLOWED);
    }

    /** Campaign staff see small groups exactly; a snapshot of theirs must not show them to anyone who may not. */
    @Test
    void nobodySeesFiguresTheirRoleWouldSuppress() {
        signInAs("wbc.staff");
        String exact = snapshots.share(content, Set.of(), Duration.ofDays(7));
        signInAs("bethel.staff");
        String bethels = snapshots.share(content, Set.of(), Duration.ofDays(7));

        signInAs("executive");
        assertThatThrownBy(() -> snapshots.open(exact)).isInstanceOf(SnapshotUnavailableException.class);
        assertThatThrownBy(() -> snapshots.open(bethels)).isInstanceOf(SnapshotUnavailableException.class);
        signInAs("safer.staff");
        assertThatThrownBy(() -> snapshots.open(bethels)).isInstanceOf(SnapshotUnavailableException.class);
        signInAs("bethel.staff");
        assertThat(snapshots.open(bethels)).isNotNull();
        signInAs("wbc.staff");
        assertThat(snapshots.open(bethels)).isNotNull();
        assertThat(snapshots.open(exact)).isNotNull();
    }

    @Test
    void aLinkLivesAtMostNinetyDaysAndNeedsASignedInTaker() {
        assertThatThrownBy(() -> snapshots.share(content, Set.of(), Duration.ofDays(1)))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("executive");
        assertThatThrownBy(() -> snapshots.share(content, Set.of(), Duration.ofDays(91)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("snapshot.error.lifetime");
        assertThatThrownBy(() -> snapshots.share(content, Set.of(), Duration.ZERO))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sharingIsAudited() {
        String audited = "SELECT COUNT(*) FROM audit_event WHERE action = 'EXPORT' AND target_type = 'snapshot' "
                + "AND username = 'executive'";
        int before = jdbc.queryForObject(audited, Integer.class);
        signInAs("executive");
        snapshots.share(content, Set.of(), Duration.ofDays(7));

        assertThat(jdbc.queryForObject(audited, Integer.class)).isEqualTo(before + 1);
    }
}
