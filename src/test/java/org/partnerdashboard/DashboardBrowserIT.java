package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.ImportFiles;
import org.partnerdashboard.security.ApiTokenService;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard in a browser: real charts, keyboard order, rounded figures, live updates, roundtable mode. */
@ServedOnRandomPort
class DashboardBrowserIT extends BrowserTest {

    @Test
    void campaignStaffSignInToTheGoalChartDrawnWithRealNumbers() {
        signIn("wbc.staff", "chicago-demo-2026");

        Locator area = page.locator("#campaign-goal-chart .highcharts-series-group .highcharts-series-0 path.highcharts-area");
        area.waitFor();
        assertThat(page.locator("no-license").count()).isZero();
        assertThat(page.locator("#campaign-goal-chart .highcharts-plot-line-label").first().textContent())
                .isEqualTo("Goal: 1,000");
        assertThat(page.locator(".kpi-value").first().textContent()).isEqualTo(String.valueOf(placements()));
        assertThat(page.locator(".signed-in-name").textContent()).isEqualTo("Dana Whitfield");
        assertThat(page.title()).startsWith("Dashboard");
        page.waitForTimeout(1500); // let the chart's drawing animation finish before the screenshot
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard.png")));
    }

    /** The focused element, through shadow roots, as "tag#id", and whether it shows that it has focus. */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              const host = e && e.getRootNode().host;
              const chartHost = host && host.localName === 'vaadin-chart' ? host : null;
              const owner = chartHost || (e && ((e.closest && e.closest('vaadin-select, [id]')) || (host && host.id ? host : e)));
              const shown = el => el && el.nodeType === 1 && (el.hasAttribute('focus-ring')
                  || getComputedStyle(el).outlineStyle !== 'none' && getComputedStyle(el).outlineWidth !== '0px'
                  || getComputedStyle(el).boxShadow !== 'none');
              // a field shows focus on its host (Lumo's focus ring), a chart around itself (styles.css)
              const field = e && e.closest && e.closest('[focus-ring]');
              return owner ? owner.localName + '#' + (owner.id || '')
                  + (shown(e) || shown(host) || field ? '' : ' (focus not shown)') : '';
            }""";

    @Test
    void theDashboardIsUsableWithTheKeyboardInASensibleOrder() {
        signIn("wbc.staff", "chicago-demo-2026");
        page.locator("#campaign-goal-chart-menu").waitFor();

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            String focused = (String) page.evaluate(FOCUSED);
            if (!order.contains(focused) && !focused.startsWith("body#")) {
                order.add(focused);
            }
        }

        assertThat(order).as("every stop shows its focus").noneMatch(stop -> stop.endsWith("(focus not shown)"));
        List<String> ids = order.stream().map(stop -> stop.substring(stop.indexOf('#') + 1)).toList();
        assertThat(ids).as("header, page actions, filters, then the charts' menus, in reading order")
                .containsSubsequence("language", "sign-out", "saved-views", "save-view", "open-roundtable",
                        "share-dashboard", "overview-board-pack-start", "campaign-goal-chart-menu",
                        "drill-to-placements", "placements-by-organization-chart-menu");
    }

    @Test
    void executivesSeeCountsOfPeopleRoundedAndAreToldSo() {
        signIn("executive", "chicago-demo-2026");

        Locator labels = page.locator("#placements-by-organization-chart .highcharts-data-labels");
        labels.waitFor();
        Object values = page.evaluate("() => document.querySelector('#placements-by-organization-chart')"
                + ".configuration.series[0].data.map(p => p.y)");
        assertThat((List<?>) values).isNotEmpty().allSatisfy(value -> assertThat(((Number) value).longValue() % 5)
                .isZero());
        assertThat(page.locator("#privacy-note").textContent()).contains("rounded to multiples of 5");
        page.locator("#placements-by-organization-chart").scrollIntoViewIfNeeded();
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-executive.png")));
    }

    @Test
    void anOpenDashboardShowsAnotherUsersImportWithoutAReload() throws Exception {
        long before = placements();
        signIn("wbc.staff", "chicago-demo-2026");
        Locator placed = page.locator("#campaign-kpis .kpi-value").first();
        placed.waitFor();
        assertThat(placed.textContent()).isEqualTo(String.valueOf(before));
        page.locator("#campaign-goal-chart .highcharts-series-group .highcharts-series-0").first().waitFor();

        Page other = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 2000));
        try {
            Path file = SCREENSHOTS.resolve("live.csv");
            Files.write(file, ImportFiles.validCsv(jdbc, "LIVE"));
            other.navigate(url("/login"));
            other.getByLabel("Username").fill("instituto.staff");
            other.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("chicago-demo-2026");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            other.locator(".kpi-value").first().waitFor();
            other.navigate(url("/placements/import"));
            other.locator("vaadin-upload input[type=file]").setInputFiles(file);
            other.locator("#import-preview").click();
            other.getByText("3 rows: 3 new, 0 already imported, 0 with problems").waitFor();
            other.locator("#import-rows").click();
            other.getByText("3 rows: 0 new, 3 already imported, 0 with problems").waitFor();
        } finally {
            other.context().close();
        }

        // no reload: the first session's page was pushed the new figures
        page.waitForFunction("n => document.querySelector('#campaign-kpis .kpi-value').textContent === n",
                String.valueOf(before + 3), new Page.WaitForFunctionOptions().setTimeout(5000));
        Object lastPoint = page.evaluate("() => { const c = document.querySelector('#campaign-goal-chart').configuration;"
                + " const d = c.series[0].data; return d[d.length - 1].y; }");
        assertThat(((Number) lastPoint).longValue()).isEqualTo(before + 3);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("dashboard-live.png")));
    }

    @Test
    void roundtableModeFillsTheScreenInLargeType() {
        signIn("executive", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/roundtable?seconds=60"));
        page.locator(".roundtable-value").first().waitFor();
        assertThat(page.locator(".roundtable-value").first().textContent()).matches("[\\d,]+");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("roundtable.png")));
    }

    @Autowired
    ApiTokenService apiTokens;

    @Test
    @WithUserDetails("admin")
    void anApiTokenDoesNotOpenTheRoundtable() {
        long wbc = jdbc.queryForObject("SELECT id FROM organization WHERE short_name = 'WBC'", Long.class);
        String token = apiTokens.issue(wbc, "Slides only");

        page.navigate(url("/roundtable?seconds=5&token=" + token));
        page.getByLabel("Username").waitFor();
        // the sign-in form may draw before the address bar follows the redirect (seen on a loaded CI machine)
        page.waitForURL(address -> !address.contains(token));
        assertThat(page.locator(".roundtable-value").count()).isZero();
        assertThat(page.url()).doesNotContain(token);
    }
}
