package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.placements.ImportFiles;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;

/** Placements in a browser: what community staff see, the campaign page, the job seeker form, imports, downloads. */
@ServedOnRandomPort
class PlacementsBrowserIT extends BrowserTest {

    @Test
    void communityStaffSeeOnlyTheirOwnPlacementsAndCanSignOut() {
        signIn("bethel.staff", "chicago-demo-2026");
        page.locator("vaadin-side-nav-item[path='placements']").click();

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

        page.locator("vaadin-side-nav-item[path='placements/import']").click();
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
}
