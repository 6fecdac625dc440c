package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.partnerdashboard.support.BrowserTest;
import org.partnerdashboard.support.ServedOnRandomPort;

/** Signing in: security headers, the login redirect, the visitor's language, wrong passwords. */
@ServedOnRandomPort
class SignInBrowserIT extends BrowserTest {

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
    void supplyChainStaffCannotOpenPlacementsByUrl() {
        signIn("imec.staff", "chicago-demo-2026");
        page.locator(".kpi-value").first().waitFor();

        page.navigate(url("/placements"));
        page.getByText("This page is not open to your role").waitFor(); // said as it is, with whom to ask
        assertThat(page.locator("p").filter(new Locator.FilterOptions().setHasText("Your role, Supply Chain Center staff,"))
                .count()).isOne();
        assertThat(page.locator("vaadin-grid").count()).isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-open-to-role.png")));
        assertThat(page.locator("vaadin-side-nav-item[path^='placements']").count()).isZero();
    }
}
