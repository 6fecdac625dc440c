package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.security.PresentationLinks;
import org.partnerdashboard.security.SignedInUser;
import org.partnerdashboard.security.UserAdministrationService;
import org.partnerdashboard.support.Chromium;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In a real browser: a presentation link opens the roundtable and nothing else, with a new session id, and stops
 * when revoked; an account disabled while its pages are open loses them.
 */
@ServedOnRandomPort
class AccessChangesIT {

    @LocalServerPort
    int port;

    @Autowired
    PresentationLinks presentations;

    @Autowired
    UserAdministrationService users;

    @Autowired
    UserDetailsService userDetails;

    private BrowserContext browser;
    private Page page;

    @BeforeEach
    void openPage() {
        browser = Chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = browser.newPage();
    }

    @AfterEach
    void closePage() {
        browser.close();
        SecurityContextHolder.clearContext();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void actAs(String username) {
        SignedInUser user = (SignedInUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private String sessionId() {
        return browser.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse(null);
    }

    @Test
    void aPresentationLinkOpensTheRoundtableOnlyAndStopsWhenRevoked() {
        actAs("executive");
        String token = presentations.issue("Lobby screen", "subsector=332", 1);
        page.navigate(url("/login"));
        String before = sessionId();
        assertThat(before).isNotNull();

        page.navigate(url("/roundtable?seconds=5&token=" + token));
        page.locator("#roundtable-stage .roundtable-value").first().waitFor();
        assertThat(sessionId()).as("the session id changes when a link is used").isNotEqualTo(before);

        for (String route : new String[] {"/", "/placements", "/campaign", "/presentation-links", "/subsectors"}) {
            page.navigate(url(route));
            page.waitForURL("**/login");
        }
        page.navigate(url("/roundtable?seconds=5&token=" + token));
        page.locator("#roundtable-stage .roundtable-value").first().waitFor();

        long id = presentations.visible().stream().filter(l -> l.label().equals("Lobby screen")).findFirst()
                .orElseThrow().id();
        presentations.revoke(id);

        page.waitForURL("**/login", new Page.WaitForURLOptions().setTimeout(15_000)); // the next page turn
        page.navigate(url("/roundtable?token=" + token));
        page.waitForURL("**/login"); // and the token is not carried along
    }

    @Autowired
    JdbcTemplate jdbc;

    private long closedByServer() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM audit_event WHERE username = 'kinzie.staff' AND action = 'SESSION_ENDED'
                AND details LIKE '%open pages closed'""", Long.class);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill("kinzie.staff");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("chicago-demo-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.locator(".kpi-value").first().waitFor();

        actAs("admin");
        var kinzie = users.find(PageRequest.of(0, 100)).stream().filter(u -> u.username().equals("kinzie.staff"))
                .findFirst().orElseThrow();
        users.setEnabled(kinzie.id(), kinzie.version(), false);
        try {
            // the open page is closed by the server within seconds, without a request of its own
            long deadline = System.currentTimeMillis() + 6_000;
            while (closedByServer() == 0 && System.currentTimeMillis() < deadline) {
                page.waitForTimeout(250);
            }
            assertThat(closedByServer()).isEqualTo(1);
            page.navigate(url("/placements"));
            page.waitForURL("**/login");
            assertThat(page.url()).matches(Pattern.compile(".*/login.*"));
        } finally {
            var disabled = users.find(PageRequest.of(0, 100)).stream()
                    .filter(u -> u.username().equals("kinzie.staff")).findFirst().orElseThrow();
            users.setEnabled(disabled.id(), disabled.version(), true);
        }
    }
}
