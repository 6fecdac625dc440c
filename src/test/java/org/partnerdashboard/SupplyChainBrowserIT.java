package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;

/** The Supply Chain Center in a browser: registration to scouting, and its charts. */
@ServedOnRandomPort
class SupplyChainBrowserIT extends BrowserTest {

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

    /** IMEC staff import a list: preview in words, import, and the new suppliers are in the directory, unverified. */
    @Test
    void staffImportASupplierListAndFindItInTheDirectory() throws IOException {
        Path list = Files.createTempFile("imec-crm", ".csv");
        Files.writeString(list, String.join("\n",
                "Company,Account ID,Address,City,State,Zip,NAICS,Certifications,Email,Website",
                "Browser Import Stamping Co.,BI-1,4100 S Kedzie Ave,Chicago,Illinois,60632,332119,ISO 9001:2015,"
                        + "ops@bistamping.example,www.bistamping.example",
                "Browser Import Plastics LLC,BI-2,,Elk Grove Village,IL,60007,\"326199-MBE, 541330\",M/WBE,,"));
        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();
        page.setViewportSize(1440, 2000);
        page.locator("vaadin-side-nav-item[path='suppliers/import']").click();
        page.waitForURL("**/suppliers/import");
        page.locator("#supplier-import-source input").fill("IMEC CRM export");
        page.keyboard().press("Enter");
        page.locator("vaadin-upload input[type=file]").setInputFiles(list);
        page.locator("#import-preview").click();
        page.getByText("2 rows · new: 2 · match a supplier in the directory: 0").waitFor();
        page.getByText("lies in Cook County, DuPage County").waitFor(); // 60007 spans two counties
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supplier-import-preview.png")));
        page.locator("#import-rows").click();
        page.getByText("2 rows · new: 0 · match a supplier in the directory: 0 · to update from the same list: 0 · "
                + "unchanged: 2").waitFor();

        page.navigate(url("/suppliers"));
        page.getByLabel("Registration", new Page.GetByLabelOptions().setExact(true)).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Imported, not yet verified"))
                .click();
        page.getByLabel("Search").fill("browser import");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Browser Import Plastics LLC")).first().waitFor();
        page.getByText("2 suppliers", new Page.GetByTextOptions().setExact(true)).waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supplier-import-directory.png")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supplier WHERE registration_status = 'IMPORTED'"
                + " AND legal_name LIKE 'Browser Import%'", Long.class)).isEqualTo(2);
    }
}
