package org.partnerdashboard.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A journey in a real browser: the app on a random port ({@link ServedOnRandomPort}, one context for every browser
 * test), Debian's Chromium driven by Playwright, a fresh page per test. Fails when a chart's SVG is not drawn, e.g.
 * when Vaadin shows its license placeholder instead. Screenshots go to target/screenshots.
 */
public abstract class BrowserTest {

    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    protected Page page;

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

    protected long placements() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM placement", Long.class);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Types into a combo box and picks the matching item from its overlay. */
    protected void pick(String label, String typed, String item, String overlayItem) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(typed);
        page.locator(overlayItem).filter(new Locator.FilterOptions().setHasText(item)).first().click();
        if (overlayItem.startsWith("vaadin-multi-select")) {
            page.keyboard().press("Escape"); // a multi-select stays open for more picks (a closed combo box would clear)
        }
    }
}
