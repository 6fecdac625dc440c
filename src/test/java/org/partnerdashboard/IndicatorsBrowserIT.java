package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;

/** Subsector indicators in a browser: the explorer and the printable brief. */
@ServedOnRandomPort
class IndicatorsBrowserIT extends BrowserTest {

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
    void threeFilesDroppedAtOnceAreReportedEachOnItsOwnInOneHistoryEntry() throws IOException {
        signIn("research.editor", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.navigate(url("/indicators/import"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload[] {
                csv("will-2016.csv", "qcew/will_17197_2016_q1-q4_by_area.csv"),
                csv("cook-2016.csv", "qcew/cook_17031_2016_mfg_private_subset.csv"),
                csv("franklin-oh-2020q1.csv", "qcew/morpc_franklin_OH_39049_2020q1_open_data_slice.csv")});

        page.getByText("will-2016.csv: 88 lines kept").waitFor();
        page.getByText("cook-2016.csv: 88 lines kept").waitFor();
        page.getByText("franklin-oh-2020q1.csv: nothing kept").waitFor();
        assertThat(page.locator(".import-report").count()).isEqualTo(3);
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("3 files:")).first()
                .waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("qcew-three-files.png"))
                .setFullPage(true));
    }

    private static FilePayload csv(String name, String resource) throws IOException {
        try (InputStream in = IndicatorsBrowserIT.class.getClassLoader().getResourceAsStream(resource)) {
            return new FilePayload(name, "text/csv", in.readAllBytes());
        }
    }
}
