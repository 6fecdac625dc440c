package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnerdashboard.placements.ImportFiles;
import org.partnerdashboard.support.AppInstance;
import org.partnerdashboard.support.Chromium;
import org.partnerdashboard.support.EmbeddedPostgres;
import org.partnerdashboard.support.Haproxy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two instances of the packaged app, each its own JVM on loopback, sharing one embedded PostgreSQL behind Debian's
 * HAProxy running the shipped {@code deploy/haproxy.cfg} (sticky by its PD_SERVER cookie). Browsers pick an instance
 * with that cookie, as HAProxy's own would have. What one instance does, the other sees: an import through A refreshes
 * a dashboard open on B, a lockout on A refuses the account on B, a board pack runs once and downloads through the
 * balancer; and an instance that stops sends its open pages to the other one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String PASSWORD = "chicago-demo-2026";
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private AppInstance app1;
    private AppInstance app2;
    private Haproxy haproxy;
    private JdbcTemplate jdbc;
    private Browser browser;
    private long instituto;

    @BeforeAll
    void startTwoInstancesBehindHaproxy() throws Exception {
        String url = EmbeddedPostgres.freshDatabase("two_instances");
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        List<String> settings = List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--server.forward-headers-strategy=native", "--app.demo-data.placements=300",
                "--app.demo-data.suppliers=200", "--app.demo-data.sourcing-requests=40", "--app.demo-data.seed=7");
        // one after the other: the first loads the demo data into the empty database
        app1 = AppInstance.start("app1", settings, Duration.ofMinutes(4));
        app2 = AppInstance.start("app2", settings, Duration.ofMinutes(4));
        haproxy = Haproxy.inFrontOf(app1, app2);
        browser = Chromium.browser();
        Files.createDirectories(SCREENSHOTS);
        instituto = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Instituto del Progreso Latino'",
                Long.class);
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (haproxy != null) {
            haproxy.close();
        }
        for (AppInstance app : new AppInstance[] {app1, app2}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    @Order(1)
    void anImportThroughOneInstanceRefreshesADashboardOpenOnTheOther() throws Exception {
        Page onB = signedIn("app2", "instituto.staff", PASSWORD);
        long own = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE placing_organization_id = ?", Long.class,
                instituto);
        onB.navigate(haproxy.url("/?organization=" + instituto));
        onB.locator(".kpi-value").first().waitFor();
        assertThat(onB.locator(".kpi-value").first().textContent()).isEqualTo(String.valueOf(own));
        // the balancer kept this browser on B: its session is known there and not on A
        String session = sessionCookie(onB.context());
        assertThat(app2.status("/placements", session)).isEqualTo(200);
        assertThat(app1.status("/placements", session)).isEqualTo(302);

        Page onA = signedIn("app1", "instituto.staff", PASSWORD);
        Path file = SCREENSHOTS.resolve("two-instances-import.csv");
        Files.write(file, ImportFiles.validCsv(jdbc, "TWO"));
        onA.navigate(haproxy.url("/placements/import"));
        onA.setViewportSize(1440, 2000);
        onA.locator("vaadin-upload input[type=file]").setInputFiles(file);
        onA.locator("#import-preview").click();
        onA.getByText("3 rows: 3 new, 0 already imported, 0 with problems").waitFor();
        long imported = System.nanoTime();
        onA.locator("#import-rows").click();

        // B's open page shows the new count without a reload (PostgreSQL NOTIFY to B, then Vaadin push)
        onB.waitForFunction("expected => document.querySelector('.kpi-value').textContent === expected",
                String.valueOf(own + 3), new Page.WaitForFunctionOptions().setTimeout(10_000));
        long millis = (System.nanoTime() - imported) / 1_000_000;
        System.out.printf("Import on A to the dashboard on B updated: %d ms (click to screen)%n", millis);
        onB.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("two-instances-dashboard-b.png")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE placing_organization_id = ?", Long.class,
                instituto)).isEqualTo(own + 3);
        onA.context().close();
        onB.context().close();
    }

    @Test
    @Order(2)
    void anAccountLockedOutOnOneInstanceCannotSignInOnTheOther() {
        Page onA = page("app1");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(onA, "kinzie.staff", "not-the-password-" + attempt);
            onA.waitForURL("**/login?error**");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE username = 'kinzie.staff'"
                + " AND action = 'ACCOUNT_LOCKED'", Long.class)).isEqualTo(1);

        Page onB = page("app2");
        signIn(onB, "kinzie.staff", PASSWORD);
        onB.waitForURL("**/login?error**");
        onB.getByText("Could not sign in").waitFor();
        assertThat(onB.locator(".kpi-value").count()).isZero();
        // the same sign-in on B works for an account that is not locked
        signIn(onB, "oai.staff", PASSWORD);
        onB.locator(".kpi-value").first().waitFor();
        onA.context().close();
        onB.context().close();
    }

    @Test
    @Order(3)
    void aBoardPackIsMadeOnceAndDownloadsThroughTheBalancer() throws Exception {
        long before = boardPacks();
        Page onB = signedIn("app2", "wbc.staff", PASSWORD);
        onB.locator("#overview-board-pack-start").click();
        onB.locator("#overview-board-pack-download").waitFor(new Locator.WaitForOptions()
                .setTimeout(60_000));
        Download download = onB.waitForDownload(() -> onB.locator("#overview-board-pack-download").click());
        try (var in = download.createReadStream()) {
            assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
        }
        Thread.sleep(2000); // a second run anywhere would have recorded itself by now
        assertThat(boardPacks()).isEqualTo(before + 1);
        onB.context().close();
    }

    @Test
    @Order(4)
    void anInstanceThatStopsSendsItsOpenPagesToTheOther() throws Exception {
        Page onB = signedIn("app2", "instituto.staff", PASSWORD);
        onB.navigate(haproxy.url("/?organization=" + instituto));
        onB.locator(".kpi-value").first().waitFor();

        app2.stop();
        onB.getByText("This server is restarting").waitFor(new Locator.WaitForOptions()
                .setTimeout(20_000));
        onB.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("two-instances-stopping.png")));
        // the page comes back by itself on A, which asks for a sign-in and then returns to the same address
        onB.waitForURL("**/login**", new Page.WaitForURLOptions().setTimeout(60_000));
        signIn(onB, "instituto.staff", PASSWORD);
        onB.waitForURL(url -> url.contains("organization=" + instituto) && !url.contains("/login"),
                new Page.WaitForURLOptions().setTimeout(30_000));
        onB.locator(".kpi-value").first().waitFor();
        assertThat(app1.status("/placements", sessionCookie(onB.context()))).isEqualTo(200);

        app2.awaitEnd(Duration.ofSeconds(60));
        assertThat(app2.log()).contains("Stopping: told", "Graceful shutdown complete");
        onB.context().close();
    }

    private long boardPacks() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE target_type = 'board-pack'", Long.class);
    }

    /** A new browser whose requests HAProxy sends to the given server (its stickiness cookie already set). */
    private Page page(String server) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        context.addCookies(List.of(new Cookie("PD_SERVER", server).setDomain("localhost").setPath("/")));
        return context.newPage();
    }

    private Page signedIn(String server, String username, String password) {
        Page page = page(server);
        signIn(page, username, password);
        page.locator(".kpi-value").first().waitFor();
        return page;
    }

    private void signIn(Page page, String username, String password) {
        if (!page.url().contains("/login")) {
            page.navigate(haproxy.url("/login"));
        }
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private static String sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map(cookie -> cookie.name + "=" + cookie.value).collect(Collectors.joining("; "));
    }
}
