package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.ImportFiles;
import org.partnerdashboard.security.ApiTokenService;
import org.partnerdashboard.support.Chromium;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The whole path in a real browser: the app on a random port, Debian's Chromium driven by Playwright.
 * Fails when the chart's SVG is not drawn, e.g. when Vaadin shows its license placeholder instead.
 * Screenshots go to target/screenshots.
 */
@ServedOnRandomPort
class BrowserIT {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private long placements() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class);
    }

    private Page page;

    @BeforeAll
    static void openChromium() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.browser();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void theLoginPageCarriesTheSecurityHeaders() {
        Response login = page.navigate(url("/login"));

        assertThat(login.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
        assertThat(login.headers()).containsEntry("x-content-type-options", "nosniff")
                .containsEntry("x-frame-options", "DENY").containsEntry("referrer-policy", "same-origin");
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPage() {
        page.navigate(url("/placements"));

        page.waitForURL("**/login");
        page.getByLabel("Username").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("login.png")));
    }

    @Test
    void aBrowserThatSpeaksSpanishGetsSpanishUntilTheVisitorSwitches() {
        try (BrowserContext spanish = browser.newContext(new Browser.NewContextOptions()
                .setLocale("es-MX").setViewportSize(1440, 900))) {
            Page visitor = spanish.newPage();
            visitor.navigate(url("/register"));
            visitor.getByText("Regístrese como proveedor").first().waitFor();
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("register-es.png"))
                    .setFullPage(true));

            visitor.locator("#language").click();
            visitor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();

            visitor.getByText("Register as a supplier").first().waitFor();
            visitor.navigate(url("/login")); // the choice holds for the session
            visitor.getByText("A manufacturer?").waitFor();
        }
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() {
        signIn("wbc.staff", "not-the-password");

        page.waitForURL("**/login?error");
        page.getByText("Could not sign in").waitFor();
        assertThat(page.getByText("After 5 failed attempts").count()).isEqualTo(1);
    }

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
    void communityStaffSeeOnlyTheirOwnPlacementsAndCanSignOut() {
        signIn("bethel.staff", "chicago-demo-2026");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Placements")).click();

        page.waitForURL("**/placements");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Bethel New Life"))
                .first().waitFor();
        assertThat(page.getByRole(AriaRole.TREEGRID,
                new Page.GetByRoleOptions().setName("Placements of the 1000 Jobs campaign")).count()).isEqualTo(1);
        for (String other : List.of("Safer Foundation", "OAI Inc.", "Instituto del Progreso Latino")) {
            assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(other))
                    .count()).as(other).isZero();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements.png")));

        page.getByLabel("Search").fill("assembler");
        page.waitForURL("**/placements?q=assembler");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Assembler")).first().waitFor();

        page.locator("#sign-out").click();
        page.waitForURL("**/login");
        page.navigate(url("/placements"));
        page.waitForURL("**/login");
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
    void campaignProgressDrawsEveryChart() {
        signIn("research.editor", "chicago-demo-2026");
        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Campaign progress")).click();

        page.waitForURL("**/campaign");
        for (String chart : List.of("campaign-goal", "campaign-by-organization", "campaign-by-type", "campaign-per-month",
                "campaign-by-subsector", "campaign-median-wage", "campaign-retention")) {
            page.locator("#" + chart + " .highcharts-series-group .highcharts-series-0").first().waitFor();
        }
        page.setViewportSize(1440, 2400);
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("campaign-progress.png")).setFullPage(true));
    }

    @Test
    void theJobSeekerFormExplainsWhatIsMissing() {
        signIn("safer.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/job-seekers/new"));

        page.getByLabel("First name").fill("Harriet");
        page.getByLabel("Email").fill("not-an-email");
        page.locator("#save-job-seeker").click();
        page.getByText("Last name is required").first().waitFor();
        assertThat(page.getByRole(AriaRole.ALERT)
                .filter(new Locator.FilterOptions().setHasText("Last name is required")).count()).isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("job-seeker-error.png")));
    }

    @Test
    void importingAFileAddsItsPlacementsToTheGridAndTheGoalChart() throws Exception {
        Path file = SCREENSHOTS.resolve("import.csv");
        Files.write(file, ImportFiles.validCsv(jdbc, "IT"));
        long before = placements();
        long instituto = jdbc.queryForObject("SELECT id FROM organization WHERE name = 'Instituto del Progreso Latino'",
                Long.class);
        long own = jdbc.queryForObject("SELECT COUNT(*) FROM placement WHERE placing_organization_id = ?", Long.class,
                instituto);
        signIn("instituto.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        // their own organization's figures exactly (the campaign's are rounded for them)
        page.navigate(url("/?organization=" + instituto));
        page.locator(".kpi-value").first().waitFor();
        assertThat(page.locator(".kpi-value").first().textContent()).isEqualTo(String.valueOf(own));

        page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Import")).click();
        page.waitForURL("**/placements/import");
        // tall enough that no button sits under the license banner fixed at the bottom of the page
        page.setViewportSize(1440, 2000);
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        page.locator("#import-preview").click();
        page.getByText("3 rows: 3 new, 0 already imported, 0 with problems").waitFor();
        page.locator("#import-rows").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("import-preview.png")));
        page.locator("#import-rows").click();
        page.getByText("3 rows: 0 new, 3 already imported, 0 with problems").waitFor();
        assertThat(placements()).isEqualTo(before + 3);

        page.navigate(url("/placements?q=Machine+Operator"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Okafor, Ada")).first()
                .waitFor();
        page.navigate(url("/?organization=" + instituto));
        page.locator(".kpi-value").first().waitFor();
        assertThat(page.locator(".kpi-value").first().textContent()).isEqualTo(String.valueOf(own + 3));
        page.locator("#campaign-goal-chart .highcharts-series-group .highcharts-series-0").first().waitFor();
        Object lastPoint = page.evaluate("() => { const c = document.querySelector('#campaign-goal-chart').configuration;"
                + " const d = c.series[0].data; return d[d.length - 1].y; }");
        assertThat(((Number) lastPoint).longValue()).isEqualTo(own + 3);
    }

    @Test
    void supplyChainStaffCannotOpenPlacementsByUrl() {
        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();

        page.navigate(url("/placements"));
        page.getByText("This page does not exist, or your role does not give access to it.").waitFor();
        assertThat(page.locator("vaadin-grid").count()).isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-available.png")));
        assertThat(page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("Placements"))
                .count()).isZero();
    }

    private void pick(String label, String typed, String item, String overlayItem) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(typed);
        page.locator(overlayItem).filter(new Locator.FilterOptions().setHasText(item)).first().click();
        if (overlayItem.startsWith("vaadin-multi-select")) {
            page.keyboard().press("Escape"); // a multi-select stays open for more picks (a closed combo box would clear)
        }
    }

    @Test
    void aSupplierRegistersIsApprovedFoundInTheDirectoryAndScoutedForARequest() {
        String company = "AAA Browser Precision Works";
        page.setViewportSize(1440, 2300);
        page.navigate(url("/register"));
        page.getByLabel("Company legal name").fill(company);
        page.getByLabel("Street address").fill("1800 S Wolcott Ave");
        page.getByLabel("City").fill("Chicago");
        page.getByLabel("ZIP code").fill("60608");
        pick("County", "Cook", "Cook County", "vaadin-combo-box-item");
        page.getByLabel("Employees").fill("48");
        page.getByLabel("Contact name").fill("Dana Kowalski");
        page.getByLabel("Contact email").fill("dana@aaa-browser-precision.example");
        pick("NAICS codes", "332710", "332710", "vaadin-multi-select-combo-box-item");
        pick("Capabilities", "CNC", "CNC machining", "vaadin-multi-select-combo-box-item");
        page.getByLabel("ISO 9001", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("We can supply Buy America compliant products").check();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("registration-filled.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit registration")).click();
        page.getByText("Your reference is SCC-").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("registration-thanks.png")));

        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/suppliers/review"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(company)).first().click();
        page.locator("#approve-registration").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("review-dialog.png")));
        page.locator("#approve-registration").click();
        page.getByText(company + " approved").waitFor();

        page.navigate(url("/suppliers"));
        page.getByLabel("Search").fill("browser precision");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(company)).first().waitFor();
        page.getByText("1 supplier", new Page.GetByTextOptions().setExact(true)).waitFor();
        page.getByLabel("Search").fill("");
        page.getByText("1 supplier", new Page.GetByTextOptions().setExact(true)).waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.DETACHED));
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supplier-directory.png")));

        page.navigate(url("/sourcing-requests/new"));
        page.getByLabel("Buyer").click();
        page.locator("vaadin-combo-box-item").first().click();
        page.getByLabel("What is needed").fill("CNC-machined aluminum housings");
        pick("NAICS subsector", "332", "332 Fabricated", "vaadin-combo-box-item");
        pick("Capabilities needed", "CNC", "CNC machining", "vaadin-multi-select-combo-box-item");
        pick("Certifications required", "9001", "ISO 9001", "vaadin-multi-select-combo-box-item");
        pick("Preferred county", "Cook", "Cook County", "vaadin-combo-box-item");
        page.getByLabel("Buy America compliance required").check();
        page.locator("#save-request").click();
        page.waitForURL(Pattern.compile(".*/sourcing-requests/\\d+"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Shortlist " + company)).click();
        assertThat(page.getByLabel("NAICS subsector", new Page.GetByLabelOptions().setExact(true)).inputValue())
                .startsWith("332");
        page.getByText(company + " shortlisted").waitFor();
        page.locator(".status-badge").filter(new Locator.FilterOptions().setHasText("Scouting")).first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sourcing-request.png")).setFullPage(true));
        assertThat(jdbc.queryForObject("SELECT m.status FROM supplier_match m JOIN supplier s ON s.id = m.supplier_id"
                + " WHERE s.legal_name = ?", String.class, company)).isEqualTo("SHORTLISTED");
    }

    @Test
    void theSupplyChainCenterDrawsEveryChart() {
        signIn("ima.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/supply-chain"));
        for (String chart : List.of("supply-chain-registrations", "supply-chain-funnel", "supply-chain-awarded",
                "supply-chain-by-county", "supply-chain-median-days", "supply-chain-by-certification",
                "supply-chain-by-diversity")) {
            page.locator("#" + chart + " .highcharts-series-group .highcharts-series-0").first().waitFor();
        }
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supply-chain.png")).setFullPage(true));
    }

    @Test
    void theExplorerAndTheSubsectorBriefLookLikeAPublicationAndTheBriefPrintsToOnePage() {
        signIn("research.editor", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/indicators?s=31-33,332,333,311&a=17031&from=2020-Q4&to=2025-Q4"));
        for (String chart : List.of("explorer-employment", "explorer-establishments", "explorer-wages", "explorer-oty",
                "explorer-shares")) {
            page.locator("#" + chart + " .highcharts-series-group .highcharts-series-0").first().waitFor();
        }
        page.waitForTimeout(1500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("explorer.png")).setFullPage(true));

        page.navigate(url("/brief/332?area=17031&q=2025-Q4"));
        page.locator("#brief-trend .highcharts-series-group .highcharts-series-0").first().waitFor();
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("brief.png")).setFullPage(true));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("Letter").setPrintBackground(true));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
        assertThat(pages).as("the brief prints to one letter page").isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("brief-print.png")).setFullPage(true));
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
        assertThat(page.locator(".roundtable-value").count()).isZero();
        assertThat(page.url()).doesNotContain(token);
    }

    @Test
    void thePlacementsGridDownloadsAsXlsx() throws Exception {
        signIn("wbc.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/placements?subsector=332"));
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("332 ")).first().waitFor();

        Download download = page.waitForDownload(() -> page.locator("#download-xlsx").click());

        assertThat(download.suggestedFilename()).isEqualTo("placements.xlsx");
        try (var workbook = new XSSFWorkbook(download.createReadStream())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM placement WHERE naics_code = '332'", Integer.class));
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("332");
        }
    }

    @Test
    void anExecutiveExportsTheGoalChartAsAPngDrawnOnTheServerWithoutAnyOutsideRequest() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> requests.add(request.url()));
        signIn("executive", "chicago-demo-2026");
        page.locator("#campaign-goal-chart .highcharts-series-group").waitFor();
        assertThat(page.locator("#campaign-goal-chart .highcharts-contextbutton").count())
                .as("Highcharts' own export menu (which posts to an export server) is off").isZero();

        page.locator("#campaign-goal-chart-menu").click();
        page.locator("#campaign-goal-chart-export-png").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("chart-menu.png")));
        Download download = page.waitForDownload(
                () -> page.locator("#campaign-goal-chart-export-png_2x").click());

        assertThat(download.suggestedFilename()).isEqualTo("1000-jobs-for-chicagoland-manufacturing@2x.png");
        BufferedImage png = ImageIO.read(download.createReadStream());
        assertThat(png.getWidth()).isEqualTo(2400);
        assertThat(png.getHeight()).isEqualTo(1350);
        download.saveAs(SCREENSHOTS.resolve("goal-chart-export@2x.png"));
        assertThat(requests).isNotEmpty().allMatch(url -> url.startsWith(url("/")) || url.startsWith("data:")
                || url.startsWith("blob:"), "stays on this server");
    }

    @Test
    void theBoardPackIsPreparedInTheBackgroundAndDownloadsAsAPdfOfEveryChart() throws Exception {
        signIn("wbc.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();

        page.locator("#overview-board-pack-start").click();
        page.locator("#overview-board-pack-download").waitFor();
        Download download = page.waitForDownload(
                () -> page.locator("#overview-board-pack-download").click());

        assertThat(download.suggestedFilename()).isEqualTo("board-pack.pdf");
        try (var pdf = Loader.loadPDF(download.createReadStream().readAllBytes())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(6);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Partnership dashboard", "Headline figures", "Placements to date",
                    String.valueOf(placements()), "The numbers behind the chart");
            var renderer = new PDFRenderer(pdf);
            for (int i = 0; i < 3; i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
                        SCREENSHOTS.resolve("board-pack-page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void aSharedSnapshotLinkShowsTheFrozenDashboardToAnotherSignedInColleague() {
        signIn("executive", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.locator("#share-dashboard").click();
        page.locator("#create-snapshot-link").click();
        String link = page.locator("#snapshot-link input").inputValue();
        assertThat(link).startsWith(url("/snapshot/"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("share-dialog.png")));

        Page colleague = browser.newPage(new Browser.NewPageOptions().setViewportSize(1440, 900));
        try {
            colleague.navigate(url("/login"));
            colleague.getByLabel("Username").fill("research.editor");
            colleague.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("chicago-demo-2026");
            colleague.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            colleague.locator(".kpi-value").first().waitFor();
            colleague.navigate(link);
            colleague.locator("#snapshot-taken").waitFor();
            assertThat(colleague.locator("#snapshot-taken").textContent()).contains("Jordan Ellis");
            colleague.locator("#snapshot-chart-0 .highcharts-series-group").waitFor();
            assertThat(colleague.locator("vaadin-chart").count()).isEqualTo(4);
            colleague.waitForTimeout(1200);
            colleague.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("snapshot.png"))
                    .setFullPage(true));
        } finally {
            colleague.close();
        }
    }
}
