package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;

/** Exports in a browser: chart PNGs drawn on the server, board packs, snapshot links. */
@ServedOnRandomPort
class ExportsBrowserIT extends BrowserTest {

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
