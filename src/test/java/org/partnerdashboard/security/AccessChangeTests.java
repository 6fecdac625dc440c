package org.partnerdashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.base.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Access that changes takes effect at once: sessions of an account disabled, given another role or organization or
 * a new password lose their access; presentation links and API tokens end when revoked or expired. On H2 and
 * PostgreSQL.
 */
abstract class AccessChangeTests {

    @Autowired
    AccessRevocation revocation;

    @Autowired
    UserAdministrationService users;

    @Autowired
    PresentationLinks presentations;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    /** The application's own holder (Vaadin's): the global one may belong to another test's context. */
    @Autowired
    SecurityContextHolderStrategy contexts;

    private SignedInUser signIn(String username) {
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(username);
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        contexts.setContext(context);
        return user;
    }

    @AfterEach
    void signOut() {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }

    private UserRow row(String username) {
        return users.find(PageRequest.of(0, 100)).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void disablingChangingTheRoleOrResettingThePasswordEndsTheAccessOfOpenSessions() {
        String demoPassword = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'oai.staff'",
                String.class);
        try {
            changeAndCheck();
        } finally { // other tests sign in with the demo password
            jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = 'oai.staff'", demoPassword);
        }
    }

    private void changeAndCheck() {
        SignedInUser oai = signIn("oai.staff");
        assertThat(revocation.stillHolds(oai)).isTrue();
        signIn("admin");

        UserRow before = row("oai.staff");
        users.setEnabled(before.id(), before.version(), false);
        assertThat(revocation.revokedAmong(List.of(oai))).containsExactly(oai);
        UserRow disabled = row("oai.staff");
        users.setEnabled(disabled.id(), disabled.version(), true);
        assertThat(revocation.revokedAmong(List.of(oai))).as("enabled again, as it was").isEmpty();

        SignedInUser again = (SignedInUser) userDetails.loadUserByUsername("oai.staff");
        UserRow enabled = row("oai.staff");
        users.update(enabled.id(), enabled.version(), new UserDraft("oai.staff", enabled.displayName(),
                Role.CBO_STAFF, organization("Safer Foundation"), null));
        assertThat(revocation.revokedAmong(List.of(again))).as("another organization").containsExactly(again);
        UserRow moved = row("oai.staff");
        users.update(moved.id(), moved.version(), new UserDraft("oai.staff", moved.displayName(),
                Role.CBO_STAFF, organization("OAI Inc."), "a-brand-new-password"));
        SignedInUser reset = (SignedInUser) userDetails.loadUserByUsername("oai.staff");
        assertThat(revocation.revokedAmong(List.of(again, reset))).as("the old session, not the new one")
                .containsExactly(again);
    }

    private long organization(String name) {
        return jdbc.queryForObject("SELECT id FROM organization WHERE name = ?", Long.class, name);
    }

    @Test
    void aPresentationLinkOpensItsRoundtableUntilItsMakerRevokesIt() {
        signIn("executive");
        String token = presentations.issue("Lobby screen", "subsector=332", PresentationLinks.DEFAULT_DAYS);
        var presentation = presentations.open(token).orElseThrow();
        assertThat(presentation.filterQuery()).isEqualTo("subsector=332");
        assertThat(presentations.stillOpen(presentation.id())).isTrue();
        assertThat(jdbc.queryForObject("SELECT expires_at > created_at + INTERVAL '23' HOUR AND expires_at <= "
                + "created_at + INTERVAL '24' HOUR FROM presentation_link WHERE id = ?", Boolean.class,
                presentation.id())).as("a day by default").isTrue();

        signIn("imec.staff");
        assertThatThrownBy(() -> presentations.revoke(presentation.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(presentations.visible()).noneMatch(l -> l.id() == presentation.id());
        signIn("executive");
        presentations.revoke(presentation.id());

        assertThat(presentations.stillOpen(presentation.id())).isFalse();
        assertThat(presentations.open(token)).isEmpty();
        assertThat(presentations.open("pd_" + token.substring(3))).as("not an API token").isEmpty();
    }

    @Test
    void presentationLinksLastOneToThirtyDaysAndEndWhenTheyExpire() {
        signIn("wbc.staff");
        assertThatThrownBy(() -> presentations.issue("Too long", "", 31)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> presentations.issue("None", "", 0)).isInstanceOf(InvalidInputException.class);
        String token = presentations.issue("Month", "", PresentationLinks.MAX_DAYS);
        long id = presentations.open(token).orElseThrow().id();

        jdbc.update("UPDATE presentation_link SET expires_at = created_at - INTERVAL '1' HOUR WHERE id = ?", id);

        assertThat(presentations.open(token)).isEmpty();
        assertThat(presentations.stillOpen(id)).isFalse();
        signIn("admin");
        presentations.revoke(id); // administrators may revoke anyone's
    }

    @Test
    void apiTokensMayExpire() {
        signIn("admin");
        String token = tokens.issue(organization("World Business Chicago"), "Quarterly slides", 1);
        SignedInUser principal = tokens.authenticate(token).orElseThrow();
        assertThatThrownBy(() -> tokens.issue(organization("World Business Chicago"), "Forever and a day", 0))
                .isInstanceOf(InvalidInputException.class);

        jdbc.update("UPDATE api_token SET expires_at = created_at WHERE label = 'Quarterly slides'");

        assertThat(tokens.authenticate(token)).isEmpty();
        assertThat(revocation.revokedAmong(List.of(principal))).containsExactly(principal);
    }
}
