package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.TestClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole path in a real browser: the app on a random port, Debian's Chromium driven by Playwright.
 * Fails when the chart's SVG is not drawn, e.g. when Vaadin shows its license placeholder instead.
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class BrowserIT {

    private static final Path CHROMIUM = Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private Page page;

    @BeforeAll
    static void launchChromium() throws Exception {
        assertThat(CHROMIUM).as("Chromium is needed for browser tests: apt-get install chromium").exists();
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void dashboardDrawsTheGoalChartWithRealNumbers() {
        page.navigate("http://localhost:" + port + "/");

        Locator area = page.locator("#campaign-goal-chart .highcharts-series-group .highcharts-series-0 path.highcharts-area");
        area.waitFor();
        assertThat(page.locator("no-license").count()).isZero();
        assertThat(page.locator("#campaign-goal-chart .highcharts-plot-line-label").first().textContent())
                .isEqualTo("Goal: 1,000");
        assertThat(page.locator(".kpi-value").first().textContent()).isEqualTo("300");
        assertThat(page.title()).startsWith("Dashboard");
        page.waitForTimeout(1500); // let the chart's drawing animation finish before the screenshot
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard.png")));
    }

    @Test
    void placementsGridShowsRowsFromTheDatabase() {
        page.navigate("http://localhost:" + port + "/placements");

        Locator firstOrganization = page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("Safer Foundation")).first();
        firstOrganization.waitFor();
        assertThat(page.getByRole(AriaRole.TREEGRID,
                new Page.GetByRoleOptions().setName("Placements of the 1000 Jobs campaign")).count()).isEqualTo(1);
        assertThat(page.getByText("300 placements").count()).isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements.png")));
    }

    @Test
    void menuLeadsFromTheDashboardToPlacements() {
        page.navigate("http://localhost:" + port + "/");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Placements")).click();

        page.waitForURL("**/placements");
        page.locator("vaadin-grid").waitFor();
        assertThat(page.title()).startsWith("Placements");
    }
}
