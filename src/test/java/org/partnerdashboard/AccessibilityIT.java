package org.partnerdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdashboard.support.Chromium;
import org.partnerdashboard.support.ServedOnRandomPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WCAG 2.1 AA in a real browser: axe-core (Deque's engine from npm, packaged for Java on Maven Central) runs against
 * every main view, signed in and anonymous, in English and Spanish (the browser's language). Serious and critical
 * findings fail the build; all findings go to target/accessibility/ with a screenshot of each page.
 */
@ServedOnRandomPort
class AccessibilityIT {

    private static final Path REPORTS = Paths.get("target", "accessibility");
    private static final String PASSWORD = "chicago-demo-2026";
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING = Set.of("serious", "critical");

    /** Each main view and who opens it (null: a visitor). */
    private record Visit(String path, String username) {
    }

    private static final List<Visit> VISITS = List.of(
            new Visit("login", null),
            new Visit("register", null),
            new Visit("subscribe", null),
            new Visit("news", null),
            new Visit("", "wbc.staff"),
            new Visit("placements", "wbc.staff"),
            new Visit("campaign", "wbc.staff"),
            new Visit("follow-ups", "wbc.staff"),
            new Visit("placements/import", "wbc.staff"),
            new Visit("job-seekers/1", "wbc.staff"),
            new Visit("roundtable", "wbc.staff"),
            new Visit("presentation-links?subsector=332", "wbc.staff"),
            new Visit("supply-chain", "imec.staff"),
            new Visit("suppliers", "imec.staff"),
            new Visit("suppliers/review", "imec.staff"),
            new Visit("suppliers/certifications", "imec.staff"),
            new Visit("campaign/pacing", "wbc.staff"),
            new Visit("campaign/targets", "wbc.staff"),
            new Visit("campaign/outcomes", "wbc.staff"),
            new Visit("calendar", "supplier.demo"),
            new Visit("suppliers/import", "imec.staff"),
            new Visit("sourcing", "imec.staff"),
            new Visit("indicators", "research.editor"),
            new Visit("indicators/import", "research.editor"),
            new Visit("indicators/areas", "research.editor"),
            new Visit("admin/outbox", "admin"),
            new Visit("indicators/manual", "research.editor"),
            new Visit("subsectors", "research.editor"),
            new Visit("newsletter", "research.editor"),
            new Visit("newsletter/issue/1", "research.editor"),
            new Visit("newsletter/subscribers", "research.editor"),
            new Visit("admin/users", "admin"),
            new Visit("admin/audit", "admin"),
            new Visit("admin/api-tokens", "admin"),
            new Visit("welcome?token=inv_closed", null),
            new Visit("opportunities", "supplier.demo"),
            new Visit("my-company", "supplier.demo"),
            new Visit("my-requests", "buyer.demo"),
            new Visit("my-request/new", "buyer.demo"));

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openChromium() throws IOException {
        Files.createDirectories(REPORTS);
        browser = Chromium.browser();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "es-US"})
    void everyMainViewPassesWcag21AA(String language) throws IOException {
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        String signedIn = null;
        BrowserContext context = null;
        try {
            for (Visit visit : VISITS) {
                if (context == null || !Objects.equals(signedIn, visit.username())) {
                    if (context != null) {
                        context.close();
                    }
                    context = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                            .setViewportSize(1440, 900));
                    signedIn = visit.username();
                    if (signedIn != null) {
                        signIn(context.newPage(), signedIn);
                    }
                }
                Page page = context.pages().isEmpty() ? context.newPage() : context.pages().getFirst();
                page.navigate(url(visit.path()));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.waitForTimeout(500); // charts animate in
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(REPORTS.resolve(language + "-" + name(visit) + ".png")));
                if (visit.path().isEmpty()) {
                    // Highcharts' words to screen readers, in the page's language
                    String region = (String) page.locator("#placements-by-organization-chart").evaluate(
                            "c => Array.from(c.shadowRoot.querySelectorAll('[id^=highcharts-screen-reader-region]'))"
                                    + ".map(e => e.textContent).join(' ')");
                    assertThat(region).contains(language.startsWith("es") ? "Gráfico de barras con" : "Bar chart with");
                }
                AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
                List<Rule> violations = results.getViolations();
                report.append(String.format("%s [%s]: %d rules passed, %d violated, %d to check by hand%n",
                        name(visit), language, results.getPasses().size(), violations.size(),
                        results.getIncomplete().size()));
                for (Rule rule : results.getIncomplete()) {
                    report.append(String.format("  to check: %s (%s) on %d elements%n", rule.getId(), rule.getHelp(),
                            rule.getNodes().size()));
                }
                for (Rule rule : violations) {
                    CheckedNode first = rule.getNodes().getFirst();
                    String line = String.format("%s [%s] %s: %s (%s) on %d elements, e.g. %s: %s", name(visit),
                            language, rule.getImpact(), rule.getId(), rule.getHelp(), rule.getNodes().size(),
                            first.getTarget(), first.getFailureSummary().replace('\n', ' '));
                    report.append(line).append('\n');
                    if (FAILING.contains(rule.getImpact())) {
                        failures.add(line);
                    }
                }
            }
        } finally {
            if (context != null) {
                context.close();
            }
            Files.writeString(REPORTS.resolve("axe-" + language + ".txt"), report.toString());
        }
        assertThat(failures).as("serious or critical WCAG 2.1 AA findings (all in target/accessibility)").isEmpty();
    }

    private void signIn(Page page, String username) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("vaadin-button[slot=submit], vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    private static String name(Visit visit) {
        return visit.path().isEmpty() ? "dashboard" : visit.path().replace('/', '-');
    }
}
